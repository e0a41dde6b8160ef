package dev.annals.logic.library.formats;

import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfExtractorTest {

    private final PdfExtractor extractor = new PdfExtractor();

    private ExtractedDocument read(byte[] pdf) throws Exception {
        return extractor.extract(pdf).get(0);
    }

    @Test
    void joinsTheLinesOfAParagraphAndUndoesEndOfLineHyphenation() throws Exception {
        byte[] pdf = new PdfFixture().page(null, List.of(
                List.of("The ministry held its annual confer-", "ence in Hanoi on Tuesday, and the", "minister spoke first."),
                List.of("A second paragraph follows.")), null, false).bytes();
        assertThat(read(pdf).paragraphs()).containsExactly(
                "The ministry held its annual conference in Hanoi on Tuesday, and the minister spoke first.",
                "A second paragraph follows.");
    }

    @Test
    void dropsHeadersFootersAndPageNumbersRepeatedOnEveryPage() throws Exception {
        PdfFixture fixture = new PdfFixture();
        List<String> body = List.of("Mở đầu bài báo.", "Diễn biến hội nghị.", "Kết luận của Bộ trưởng.");
        for (int p = 1; p <= 3; p++) {
            fixture.page("Báo Công an nhân dân – Thời sự", List.of(List.of(body.get(p - 1))), "Trang " + p + "/3", false);
        }
        assertThat(read(fixture.bytes()).paragraphs()).containsExactlyElementsOf(body);
    }

    @Test
    void aParagraphThatRunsOnToTheNextPageStaysOneParagraph() throws Exception {
        byte[] pdf = new PdfFixture()
                .page(null, List.of(List.of("Hội nghị đã thảo luận về công tác bảo đảm an ninh trật tự và")), "1", false)
                .page(null, List.of(List.of("phòng chống tội phạm trong năm tới."), List.of("Kết thúc.")), "2", false).bytes();
        assertThat(read(pdf).paragraphs()).containsExactly(
                "Hội nghị đã thảo luận về công tác bảo đảm an ninh trật tự và phòng chống tội phạm trong năm tới.", "Kết thúc.");
    }

    private static final List<String> SET_CLOSE = List.of(
            "Thứ Tư, 20/11/2024",
            "“ĐOÀN KẾT – DÂN CHỦ - KỶ CƯƠNG – TRÁCH NHIỆM – HIỆU QUẢ”",
            "Công an xã - \"Thật sự gần dân, sát dân, là điểm tựa bình yên của nhân dân\" trên mọi miền Tổ quốc",
            "Thượng tướng Trần Quốc Tỏ, Ủy viên Trung ương Đảng, Phó Bí thư Đảng ủy Công an Trung ương, Thứ trưởng Bộ Công an"
                    + " dự và điều hành Hội nghị. Cùng dự có đại diện lãnh đạo các đơn vị thuộc Bộ Công an.",
            "Các đại biểu tham dự Hội nghị tại điểm cầu Hà Nội.",
            "Nhiều mục tiêu, nhiệm vụ được xác định trong Nghị quyết số 12 cơ bản đảm bảo theo đúng lộ trình, trở thành"
                    + " động lực để lực lượng Công an xã nỗ lực phấn đấu, vươn lên hoàn thành nhiệm vụ được giao.");

    @Test
    void endsAParagraphWhereALineStopsShortOfTheRightEdge() throws Exception {
        PdfFixture fixture = new PdfFixture();
        byte[] pdf = fixture.flowingPage(SET_CLOSE, 470).bytes();
        assertThat(new PdfFixture().wrap(SET_CLOSE.get(3), 470)).hasSizeGreaterThan(2);
        assertThat(read(pdf).paragraphs()).containsExactlyElementsOf(SET_CLOSE);
    }

    @Test
    void aRaggedParagraphWrappedOverManyLinesStaysOneParagraph() throws Exception {
        String paragraph = "Hội nghị đã nghe báo cáo tóm tắt tình hình, kết quả các mặt công tác công an 6 tháng đầu năm"
                + " và những giải pháp trọng tâm 6 tháng cuối năm, một số báo cáo chuyên đề về công tác bảo đảm an ninh"
                + " trật tự, xây dựng lực lượng, cải cách hành chính và chuyển đổi số trong Công an nhân dân.";
        for (float width : new float[]{180, 240, 330, 420}) {
            byte[] pdf = new PdfFixture().flowingPage(List.of(paragraph, "Kết thúc."), width).bytes();
            assertThat(read(pdf).paragraphs()).as("width %s", width).containsExactly(paragraph, "Kết thúc.");
        }
    }

    @Test
    void composesVietnameseToneMarksDrawnApartFromTheirLetters() throws Exception {
        String line = "Hội nghị Công an toàn quốc lần thứ 77 tổng kết công tác năm 2021.";
        byte[] pdf = new PdfFixture().page(null, List.of(List.of(line), List.of("Bộ trưởng Tô Lâm chủ trì.")), null, true).bytes();
        ExtractedDocument doc = read(pdf);
        assertThat(doc.paragraphs()).containsExactly(line, "Bộ trưởng Tô Lâm chủ trì.");
        assertThat(java.text.Normalizer.isNormalized(doc.text(), java.text.Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void readsTitleAuthorAndCreationDateFromTheInformationDictionary() throws Exception {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(2021, Calendar.DECEMBER, 29, 8, 30);
        byte[] pdf = new PdfFixture().page(null, List.of(List.of("Nội dung.")), null, false)
                .info("Hội nghị Công an toàn quốc", "Phóng viên Đức Minh", created).bytes();
        ExtractedDocument doc = read(pdf);
        assertThat(doc.title()).isEqualTo("Hội nghị Công an toàn quốc");
        assertThat(doc.author()).isEqualTo("Phóng viên Đức Minh");
        assertThat(doc.date()).isEqualTo(PartialDate.ofDay(2021, 12, 29));
    }

    @Test
    void fallsBackToXmpMetadata() throws Exception {
        byte[] pdf = new PdfFixture().page(null, List.of(List.of("Nội dung.")), null, false).xmp("""
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Sơ kết 6 tháng</rdf:li></rdf:Alt></dc:title>
                <dc:creator><rdf:Seq><rdf:li>Ban Biên tập</rdf:li></rdf:Seq></dc:creator>
                <xmp:CreateDate>2020-07-15T09:00:00+07:00</xmp:CreateDate>
                </rdf:Description></rdf:RDF></x:xmpmeta>""").bytes();
        ExtractedDocument doc = read(pdf);
        assertThat(doc.title()).isEqualTo("Sơ kết 6 tháng");
        assertThat(doc.author()).isEqualTo("Ban Biên tập");
        assertThat(doc.date()).isEqualTo(PartialDate.ofDay(2020, 7, 15));
    }

    @Test
    void aScanWithoutTextLayerSaysSo() throws Exception {
        byte[] pdf = new PdfFixture().scannedPage().scannedPage().bytes();
        assertThatThrownBy(() -> read(pdf)).isInstanceOf(FormatException.class).hasMessage("no text in this PDF (scanned?)");
    }

    @Test
    void anEncryptedPdfSaysItIsPasswordProtected() throws Exception {
        byte[] pdf = new PdfFixture().page(null, List.of(List.of("Bí mật.")), null, false).password("secret").bytes();
        assertThatThrownBy(() -> read(pdf)).isInstanceOf(FormatException.class).hasMessage("password protected");
    }

    @Test
    void bytesThatAreNoPdfGetAReason() {
        assertThatThrownBy(() -> read("%PDF-1.7 but nothing else".getBytes()))
                .isInstanceOf(FormatException.class).hasMessageStartingWith("the PDF cannot be read");
    }
}
