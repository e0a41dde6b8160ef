package dev.annals.logic.library.meta;

import dev.annals.model.MetadataField;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextHeaderTest {

    private static TextHeader read(String text) {
        return TextHeader.read(text.lines().toList()).orElseThrow();
    }

    private static boolean hasHeader(String text) {
        return TextHeader.read(text.lines().toList()).isPresent();
    }

    @Test
    void readsCommentLinesInConllStyle() {
        TextHeader h = read("# doc_id = 1234\n# date = 2013-10-22\n# title = Công an tỉnh họp\n\nNội dung bài viết.");
        assertThat(h.fields()).containsExactly(new MetadataField("doc_id", "1234"), new MetadataField("date", "2013-10-22"),
                new MetadataField("title", "Công an tỉnh họp"));
        assertThat(h.bodyStart()).isEqualTo(3);
    }

    @Test
    void readsKeyLinesWithUrlsThatHoldColons() {
        TextHeader h = read("TITLE: Hội nghị\nTIME: 22/10/2013 15:55\nSOURCE: Tuổi Trẻ\nURL: https://tuoitre.vn/a-1.htm\n\nBài viết.");
        assertThat(h.fields()).extracting(MetadataField::key).containsExactly("TITLE", "TIME", "SOURCE", "URL");
        assertThat(h.fields().get(3).value()).isEqualTo("https://tuoitre.vn/a-1.htm");
        assertThat(h.bodyStart()).isEqualTo(4);
    }

    @Test
    void readsYamlFrontMatterWithQuotesListsAndUnknownKeys() {
        TextHeader h = read("---\ntitle: \"Tin: Hội nghị\"\ndate: 2024-11-20\ntags:\n  - an ninh\n  - hội nghị\nlayout: post\n---\nBài.");
        assertThat(h.fields()).containsExactly(new MetadataField("title", "Tin: Hội nghị"), new MetadataField("date", "2024-11-20"),
                new MetadataField("tags", "an ninh, hội nghị"), new MetadataField("layout", "post"));
        assertThat(h.bodyStart()).isEqualTo(8);
    }

    @Test
    void skipsBlankLinesBeforeAndBetweenKeyLinesAndToleratesTabs() {
        TextHeader h = read("\n\n  \nTiêu đề:\tBài báo\n\nNgày đăng: 05/03/2023\n\nNội dung bắt đầu ở đây.");
        assertThat(h.fields()).extracting(MetadataField::value).containsExactly("Bài báo", "05/03/2023");
        assertThat(h.bodyStart()).isEqualTo(6);
    }

    @Test
    void endsAtTheFirstLineThatIsNotAKeyLine() {
        TextHeader h = read("Nguồn: VnExpress\nHà Nội: Thủ tướng chủ trì phiên họp Chính phủ thường kỳ tháng 3 với nhiều nội dung.");
        assertThat(h.fields()).hasSize(1);
        assertThat(h.bodyStart()).isEqualTo(1);
    }

    @Test
    void keepsUnknownKeysInsideAHeader() {
        TextHeader h = read("TITLE: Bài\nSAPO: Tóm tắt ngắn\nTags: an ninh\n\nThân bài.");
        assertThat(h.fields()).extracting(MetadataField::key).containsExactly("TITLE", "SAPO", "Tags");
    }

    @Test
    void isNotAHeaderWithoutAKnownKey() {
        assertThat(hasHeader("Hà Nội: Thủ tướng chủ trì phiên họp.\nNội dung.")).isFalse();
        assertThat(hasHeader("Lưu ý: bài viết dài\nNội dung.")).isFalse();
        assertThat(hasHeader("https://vnexpress.net/a.html\nNội dung.")).isFalse();
        assertThat(hasHeader("# Tiêu đề bài viết\nNội dung.")).isFalse();
        assertThat(hasHeader("---\nkhông đóng\nNội dung.")).isFalse();
        assertThat(hasHeader("Cập nhật lúc 10:32 05/03/2023\nNội dung.")).isFalse();
    }

    @Test
    void readsKeysInAnyCaseWithOrWithoutToneMarks() {
        for (String key : List.of("Ngày đăng", "NGÀY ĐĂNG", "ngay dang", "Ngay_Dang", "ngày-đăng")) {
            assertThat(HeaderKey.of(key)).as(key).isEqualTo(HeaderKey.PUBLISHED);
        }
        assertThat(HeaderKey.of("Tiêu đề")).isEqualTo(HeaderKey.TITLE);
        assertThat(HeaderKey.of("tac gia")).isEqualTo(HeaderKey.AUTHOR);
        assertThat(HeaderKey.of("Chuyên mục")).isEqualTo(HeaderKey.CATEGORY);
        assertThat(HeaderKey.of("doc_id")).isEqualTo(HeaderKey.ID);
        assertThat(HeaderKey.of("thời gian")).isEqualTo(HeaderKey.DATE);
        assertThat(HeaderKey.of("Cập nhật")).isEqualTo(HeaderKey.UPDATED);
        assertThat(HeaderKey.of("nguồn")).isEqualTo(HeaderKey.SOURCE);
        assertThat(HeaderKey.of("link")).isEqualTo(HeaderKey.URL);
        assertThat(HeaderKey.of("sapo")).isEqualTo(HeaderKey.OTHER);
    }

    @Test
    void ranksPublishedDatesAboveUpdatedOnes() {
        assertThat(HeaderKey.PUBLISHED.dateRank()).isLessThan(HeaderKey.DATE.dateRank());
        assertThat(HeaderKey.DATE.dateRank()).isLessThan(HeaderKey.CREATED.dateRank());
        assertThat(HeaderKey.CREATED.dateRank()).isLessThan(HeaderKey.UPDATED.dateRank());
        assertThat(HeaderKey.TITLE.dateRank()).isNegative();
    }

    @Test
    void namesWellKnownOutletsFromTheirAddresses() {
        assertThat(Outlets.nameFor("https://vnexpress.net/thoi-su/a-123.html")).contains("VnExpress");
        assertThat(Outlets.nameFor("https://tuoitre.vn/a.htm")).contains("Tuổi Trẻ");
        assertThat(Outlets.nameFor("http://m.dantri.com.vn/x")).contains("Dân trí");
        assertThat(Outlets.nameFor("www.bbc.co.uk/news/1")).contains("BBC");
        assertThat(Outlets.nameFor("https://e.vnexpress.net/news/1")).contains("VnExpress International");
        assertThat(Outlets.nameFor("https://www.example.org/a")).contains("example.org");
        assertThat(Outlets.nameFor("Tuổi Trẻ")).isEmpty();
        assertThat(Outlets.isSiteName("VnExpress")).isTrue();
        assertThat(Outlets.isSiteName("tuoitre.vn")).isTrue();
        assertThat(Outlets.isSiteName("Hội nghị Công an toàn quốc")).isFalse();
    }

    @Test
    void tellsBylinesFromHeadlinesThatHoldADate() {
        assertThat(Bylines.date("Cập nhật lúc 10:32 05/03/2023")).isPresent();
        assertThat(Bylines.date("Nguyễn Văn An | 05/03/2023 10:32")).isPresent();
        assertThat(Bylines.date("By Jane Doe, March 5, 2023")).isPresent();
        assertThat(Bylines.date("Thứ Tư, 20/11/2024 - 14:05 (GMT+7)")).isPresent();
        assertThat(Bylines.date("Ngày đăng: 05/03/2023")).isPresent();
        assertThat(Bylines.date("Hội nghị tổng kết ngày 5/3/2023")).isEmpty();
        assertThat(Bylines.date("Ngày 17/8/2021, tại Hà Nội, Bộ Công an tổ chức Hội nghị trực tuyến.")).isEmpty();
        assertThat(Bylines.date("Tháng 3/2023")).isEmpty();
    }
}
