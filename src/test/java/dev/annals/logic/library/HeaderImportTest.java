package dev.annals.logic.library;

import dev.annals.model.DateSource;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.MetadataField;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text files that start with a metadata header, as corpora and scrapers write them. */
class HeaderImportTest {

    private static final String BODY = "Chiều 21-10, Công an tỉnh tổ chức hội nghị tổng kết công tác năm. Đại tá Nguyễn Văn An, Giám đốc"
            + " Công an tỉnh chủ trì hội nghị.\n\nHội nghị đánh giá kết quả các mặt công tác trong năm qua.";

    @Test
    void readsAConllStyleCommentHeaderAsMetadataNotText() {
        ParsedArticle a = Articles.parse("a.txt", "# doc_id = 000123\n# date = 2013-10-22\n# title = Công an tỉnh tổng kết công tác\n\n" + BODY);
        DocumentMetadata m = a.metadata();
        assertThat(m.title()).isEqualTo("Công an tỉnh tổng kết công tác");
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2013, 10, 22));
        assertThat(m.dateSource()).isEqualTo(DateSource.HEADER);
        assertThat(m.fields()).contains(new MetadataField("doc_id", "000123"));
        assertThat(a.text()).startsWith("Chiều 21-10").doesNotContain("doc_id").doesNotContain("# date");
    }

    @Test
    void readsAScraperHeaderWithADayFirstTimeAndNamesTheOutletFromTheUrl() {
        ParsedArticle a = Articles.parse("a.txt", "TITLE: Hội nghị tổng kết công tác Công an tỉnh\nTIME: 22/10/2013 15:55\n"
                + "URL: https://tuoitre.vn/hoi-nghi-123.htm\n\n" + BODY);
        DocumentMetadata m = a.metadata();
        assertThat(m.title()).isEqualTo("Hội nghị tổng kết công tác Công an tỉnh");
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2013, 10, 22));
        assertThat(m.source()).isEqualTo("Tuổi Trẻ");
        assertThat(a.text()).doesNotContain("TIME").doesNotContain("URL");
    }

    @Test
    void anExplicitSourceBeatsTheUrlAndADomainSourceIsNamed() {
        assertThat(Articles.metadata("SOURCE: Báo Nhân Dân\nURL: https://vnexpress.net/a.html\n\n" + BODY).source()).isEqualTo("Báo Nhân Dân");
        assertThat(Articles.metadata("Nguồn: dantri.com.vn\n\n" + BODY).source()).isEqualTo("Dân trí");
    }

    @Test
    void readsYamlFrontMatterWithAByteOrderMarkAndBlankLinesBeforeIt() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "\n\n---\ntitle: Bộ Công an họp trực tuyến\npublished: 2024-11-20T08:00:00+07:00\nauthor: Phóng viên\n---\n\n" + BODY;
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, 3);
        System.arraycopy(body, 0, bytes, 3, body.length);
        DocumentMetadata m = new ArticleParser().parse("a.md", bytes).metadata();
        assertThat(m.title()).isEqualTo("Bộ Công an họp trực tuyến");
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2024, 11, 20));
        assertThat(m.fields()).extracting(MetadataField::key).containsExactly("title", "published", "author");
    }

    @Test
    void aPublishedDateBeatsAnUpdatedOneWhateverTheOrder() {
        DocumentMetadata m = Articles.metadata("Cập nhật: 06/03/2023 09:00\nNgày đăng: 05/03/2023 10:32\n\n" + BODY);
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2023, 3, 5));
    }

    @Test
    void theHeaderDateBeatsADatelineInTheBody() {
        DocumentMetadata m = Articles.metadata("date: 2013-10-22\n\nNgày 17/8/2021, Bộ Công an tổ chức hội nghị trực tuyến.");
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2013, 10, 22));
        assertThat(m.dateSource()).isEqualTo(DateSource.HEADER);
    }

    @Test
    void aCoarseHeaderDateIsRefinedByTheDatelineItContains() {
        DocumentMetadata m = Articles.metadata("date: 2013-10\n\n" + BODY);
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2013, 10, 21));
        assertThat(m.dateSource()).isEqualTo(DateSource.DATELINE);
    }

    @Test
    void aTitleIsNeverAMetadataLineADateLineABylineOrASiteName() {
        String[] openings = {"Tác giả: Nguyễn Văn An\n", "Thứ Tư, 20/11/2024\n", "Cập nhật lúc 10:32 05/03/2023\n", "VnExpress\n",
                "TIME: 22/10/2013 15:55\n"};
        for (String opening : openings) {
            DocumentMetadata m = Articles.metadata(opening + "Công an tỉnh tổng kết công tác năm 2023\n\n" + BODY);
            assertThat(m.title()).as(opening).isEqualTo("Công an tỉnh tổng kết công tác năm 2023");
        }
    }

    @Test
    void aBylineUnderTheHeadlineGivesTheDate() {
        ParsedArticle a = Articles.parse("a.txt", "Công an tỉnh tổng kết công tác năm 2023\nCập nhật lúc 10:32 05/03/2023\n\n" + BODY);
        assertThat(a.metadata().title()).isEqualTo("Công an tỉnh tổng kết công tác năm 2023");
        assertThat(a.metadata().date()).isEqualTo(PartialDate.ofDay(2023, 3, 5));
        assertThat(a.metadata().dateSource()).isEqualTo(DateSource.BYLINE);
    }

    @Test
    void aFileWithoutAHeaderKeepsItsTextExactly() {
        String text = "Hà Nội: Thủ tướng chủ trì phiên họp Chính phủ.\n\nNội dung phiên họp.";
        assertThat(Articles.parse("a.txt", text).text()).isEqualTo(text);
        assertThat(Articles.metadata(text).fields()).isEmpty();
    }

    @Test
    void refusesAFileThatIsOnlyAHeader() {
        assertThatThrownBy(() -> new ArticleParser().parse("a.txt", "TITLE: x\nTIME: 22/10/2013\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailure.class).hasMessageContaining("metadata header but no text");
    }

    @Test
    void breaksAnOverlongLineAndWarns() {
        String line = ("Công an tỉnh tổ chức hội nghị tổng kết công tác năm. ").repeat(1000);
        ParsedArticle a = Articles.parse("a.txt", line);
        assertThat(a.text().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(LongLines.MAX_LINE));
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("longer than 20000 characters"));
        assertThat(a.text().replace("\n", " ")).isEqualTo(line.strip());
    }
}
