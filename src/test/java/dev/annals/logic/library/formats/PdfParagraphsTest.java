package dev.annals.logic.library.formats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfParagraphsTest {

    private static List<List<String>> page(List<String>... paragraphs) {
        return List.of(paragraphs);
    }

    @Test
    void hyphenAtALineEndIsUndoneOnlyBeforeALowercaseLetter() {
        assertThat(PdfParagraphs.joinLines(List.of("an in-", "dependent", "Hà Nội -", "Huế", "COVID-", "19"))).isEqualTo("an independent Hà Nội - Huế COVID- 19");
        assertThat(PdfParagraphs.joinLines(List.of("đường cao tốc Bắc-", "Nam"))).isEqualTo("đường cao tốc Bắc- Nam");
        assertThat(PdfParagraphs.joinLines(List.of("soft\u00AD", "hyphen"))).isEqualTo("softhyphen");
    }

    @Test
    void loneNumbersAtAPageEdgeAreDroppedEvenOnAOnePageDocument() {
        assertThat(PdfParagraphs.of(List.of(page(List.of("Nội dung."), List.of("- 1 -"))))).containsExactly("Nội dung.");
        assertThat(PdfParagraphs.of(List.of(page(List.of("Trang 3/10"), List.of("Nội dung."))))).containsExactly("Nội dung.");
        assertThat(PdfParagraphs.of(List.of(page(List.of("Page 2 of 9"), List.of("Text."))))).containsExactly("Text.");
    }

    @Test
    void aNumberInsideThePageIsText() {
        assertThat(PdfParagraphs.of(List.of(page(List.of("Đầu."), List.of("2021"), List.of("Giữa."), List.of("Cuối."), List.of("Hết.")))))
                .containsExactly("Đầu.", "2021", "Giữa.", "Cuối.", "Hết.");
    }

    @Test
    void aLineRepeatedOnOnlyOneOfThreePagesStays() {
        var pages = List.of(page(List.of("Tiêu đề riêng"), List.of("Một.")), page(List.of("Hai.")), page(List.of("Ba.")));
        assertThat(PdfParagraphs.of(pages)).containsExactly("Tiêu đề riêng", "Một.", "Hai.", "Ba.");
    }

    @Test
    void aParagraphClosedAtThePageEndDoesNotJoinTheNextPage() {
        var pages = List.of(page(List.of("Câu kết thúc.")), page(List.of("tiếp theo viết thường")));
        assertThat(PdfParagraphs.of(pages)).containsExactly("Câu kết thúc.", "tiếp theo viết thường");
    }

    @Test
    void linesSplitIntoParagraphsAtGapsAndNewColumns() {
        String page = line(100, "Một") + line(113, "hai") + line(139, "Ba") + line(152, "bốn") + line(100, "Cột hai");
        assertThat(PdfLines.paragraphs(page)).containsExactly(List.of("Một", "hai"), List.of("Ba", "bốn"), List.of("Cột hai"));
    }

    @Test
    void aLargeHeadingWrappedOverTwoLinesStaysOneParagraphAndEndsWhereTheTypeGetsSmaller() {
        String page = line(80, 18, "Hội nghị Công an toàn quốc lần thứ") + line(102, 18, "79")
                + line(120, 10, "Hà Nội, ngày 5 tháng 12 năm 2023") + line(142, 10, "Sáng 5/12, tại Hà Nội,")
                + line(155, 10, "Bộ Công an tổ chức Hội nghị") + line(168, 10, "Công an toàn quốc lần thứ 79,") + line(181, 10, "kéo dài ba ngày.");
        assertThat(PdfLines.paragraphs(page)).containsExactly(List.of("Hội nghị Công an toàn quốc lần thứ", "79"),
                List.of("Hà Nội, ngày 5 tháng 12 năm 2023"), List.of("Sáng 5/12, tại Hà Nội,", "Bộ Công an tổ chức Hội nghị", "Công an toàn quốc lần thứ 79,", "kéo dài ba ngày."));
    }

    @Test
    void eachListItemIsItsOwnParagraph() {
        String page = line(100, "• Giữ vững an ninh quốc gia,") + line(113, "trật tự an toàn xã hội.") + line(126, "• Kiềm chế tội phạm.")
                + line(139, "2) Mục có số.");
        assertThat(PdfLines.paragraphs(page)).containsExactly(List.of("• Giữ vững an ninh quốc gia,", "trật tự an toàn xã hội."),
                List.of("• Kiềm chế tội phạm."), List.of("2) Mục có số."));
    }

    private static String line(float y, String text) {
        return line(y, 10, text);
    }

    private static String line(float y, float size, String text) {
        return MarkMergingStripper.LINE_START + "50.0," + y + "," + size + MarkMergingStripper.LINE_GEOMETRY_END + text + "\n";
    }

    @Test
    void onlyCombiningMarksCountAsMarks() {
        assertThat(MarkMergingStripper.isMarksOnly("\u0302\u0323")).isTrue();
        assertThat(MarkMergingStripper.isMarksOnly("e\u0302")).isFalse();
        assertThat(MarkMergingStripper.isMarksOnly("ˆ")).isFalse();
        assertThat(MarkMergingStripper.isMarksOnly("")).isFalse();
    }

    @Test
    void metadataDatesKeepTheirPrecision() {
        assertThat(MetadataDates.parse("2021")).hasToString("2021");
        assertThat(MetadataDates.parse("2021-06")).hasToString("2021-06");
        assertThat(MetadataDates.parse("2021-12-29T23:59:00+07:00")).hasToString("2021-12-29");
        assertThat(MetadataDates.parse("2021-13-01")).isNull();
        assertThat(MetadataDates.parse("D:20211229")).isNull();
        assertThat(MetadataDates.parse(null)).isNull();
    }
}
