package dev.annals.logic.library.formats;

import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.annals.logic.library.formats.OfficeFixtures.heading;
import static dev.annals.logic.library.formats.OfficeFixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OfficeExtractorsTest {

    private static Optional<PartialDate> dayMonthYear(String line) {
        Matcher m = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(line);
        return m.find() ? Optional.of(PartialDate.ofDay(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))))
                : Optional.empty();
    }

    @Test
    void docxGivesHeadingsListsTablesAndFootnotesAsComposedParagraphs() throws Exception {
        String body = heading("Hội nghị Công an toàn quốc lần thứ 77")
                + "<w:p><w:r><w:t>Bộ trưởng </w:t></w:r><w:del><w:r><w:delText>không </w:delText></w:r></w:del>"
                + "<w:r><w:t>Tô Lâm chủ trì</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r><w:r><w:t>.</w:t></w:r></w:p>\n  "
                + "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>Mục một</w:t></w:r></w:p>"
                + "<w:tbl><w:tr><w:tc>" + p("Ô thứ nhất") + "</w:tc><w:tc>" + p("Ô thứ hai") + "</w:tc></w:tr></w:tbl>"
                + "<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>" + p("Trong hộp") + "</w:txbxContent></mc:Choice>"
                + "<mc:Fallback><w:txbxContent>" + p("Trong hộp") + "</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        ExtractedDocument doc = new DocxExtractor().extract(OfficeFixtures.docx("Tổng kết năm 2021", body)).get(0);
        assertThat(doc.paragraphs()).containsExactly("Hội nghị Công an toàn quốc lần thứ 77", "Bộ trưởng Tô Lâm chủ trì[1].", "Mục một",
                "Ô thứ nhất", "Ô thứ hai", "Trong hộp", "[1] Theo Cổng thông tin Bộ Công an.");
        assertThat(doc.title()).isEqualTo("Tổng kết năm 2021");
        assertThat(doc.author()).isEqualTo("Đức Minh");
        assertThat(doc.date()).isEqualTo(PartialDate.ofDay(2021, 12, 29));
    }

    @Test
    void docxWithoutCorePropertiesTakesItsFirstHeadingAsTitle() throws Exception {
        ExtractedDocument doc = new DocxExtractor().extract(OfficeFixtures.docx(null, p("Dòng đầu") + heading("Tiêu đề thật"))).get(0);
        assertThat(doc.title()).isEqualTo("Tiêu đề thật");
        assertThat(doc.date()).isNull();
    }

    @Test
    void odtGivesParagraphsSpacesNotesAndMetadata() throws Exception {
        String content = "<text:h text:outline-level=\"1\">Sơ kết 6 tháng</text:h>"
                + "<text:p>Lực lượng<text:s text:c=\"2\"/>Công an <text:span>xã</text:span> chính quy<text:note text:note-class=\"footnote\">"
                + "<text:note-citation>1</text:note-citation><text:note-body><text:p>Số liệu đến tháng 6.</text:p></text:note-body></text:note>.</text:p>"
                + "<text:p><office:annotation><text:p>bình luận</text:p></office:annotation>Hết.</text:p>"
                + "<text:list><text:list-item><text:p>Một</text:p></text:list-item></text:list>"
                + "<table:table><table:table-row><table:table-cell><text:p>Ô</text:p></table:table-cell></table:table-row></table:table>";
        ExtractedDocument doc = new OdtExtractor().extract(OfficeFixtures.odt(content,
                "<dc:title>Sơ kết</dc:title><meta:initial-creator>Ban Biên tập</meta:initial-creator><meta:creation-date>2020-07-15T10:00:00</meta:creation-date>")).get(0);
        assertThat(doc.paragraphs()).containsExactly("Sơ kết 6 tháng", "Lực lượng Công an xã chính quy[1].", "Hết.", "Một", "Ô",
                "[1] Số liệu đến tháng 6.");
        assertThat(doc.title()).isEqualTo("Sơ kết");
        assertThat(doc.author()).isEqualTo("Ban Biên tập");
        assertThat(doc.date()).isEqualTo(PartialDate.ofDay(2020, 7, 15));
    }

    @Test
    void epubIsOneDocumentInSpineOrder() throws Exception {
        byte[] epub = OfficeFixtures.epub("Tuyển tập", "2022", List.of("<h1>Chương một</h1><p>Đoạn đầu.</p>",
                "<div><p>Đoạn <b>hai</b>.</p><ul><li>Ý một</li></ul></div>"));
        List<ExtractedDocument> docs = new EpubExtractor(OfficeExtractorsTest::dayMonthYear).extract(epub);
        assertThat(docs).singleElement().satisfies(doc -> {
            assertThat(doc.paragraphs()).containsExactly("Chương một", "Đoạn đầu.", "Đoạn hai.", "Ý một");
            assertThat(doc.title()).isEqualTo("Tuyển tập");
            assertThat(doc.date()).isEqualTo(PartialDate.ofYear(2022));
        });
    }

    @Test
    void epubOfDatedTitledArticlesIsOneDocumentPerChapterAndSaysSo() throws Exception {
        byte[] epub = OfficeFixtures.epub("Báo Công an 2021", "2022-01-01", List.of(
                "<h1>Hội nghị Công an toàn quốc</h1><p>Hà Nội, 29/12/2021</p><p>Nội dung một.</p>",
                "<h2>Sơ kết 6 tháng</h2><p>Ngày 15/7/2021, Bộ Công an sơ kết.</p>"));
        List<ExtractedDocument> docs = new EpubExtractor(OfficeExtractorsTest::dayMonthYear).extract(epub);
        assertThat(docs).extracting(ExtractedDocument::title).containsExactly("Hội nghị Công an toàn quốc", "Sơ kết 6 tháng");
        assertThat(docs).extracting(ExtractedDocument::date).containsExactly(PartialDate.ofDay(2021, 12, 29), PartialDate.ofDay(2021, 7, 15));
        assertThat(docs.get(0).warnings()).singleElement().asString().contains("collection of 2 dated articles");
    }

    @Test
    void hostilePartsAreRefused() throws Exception {
        String xxe = "<!DOCTYPE w:document [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>";
        byte[] docx = dev.annals.logic.qda.ZipFiles.zip(java.util.Map.of("word/document.xml", dev.annals.logic.qda.ZipFiles.utf8(xxe)));
        assertThatThrownBy(() -> new DocxExtractor().extract(docx)).hasMessageContaining("DTD");
        byte[] slip = dev.annals.logic.qda.ZipFiles.zip(java.util.Map.of("../content.xml", new byte[1]));
        assertThatThrownBy(() -> new OdtExtractor().extract(slip)).hasMessageContaining("leaves its folder");
        assertThatThrownBy(() -> new EpubExtractor(s -> Optional.empty()).extract("no zip".getBytes())).hasMessageContaining("not a zip file");
        byte[] bomb = dev.annals.logic.qda.ZipFiles.zip(java.util.Map.of("word/document.xml", new byte[70 << 20]));
        assertThatThrownBy(() -> new DocxExtractor().extract(bomb)).hasMessageContaining("zip bomb");
    }
}
