package dev.annals.logic.export;

import dev.annals.model.PartialDate;
import dev.annals.model.Theme;

/** A small library whose text and notes try to break every format: Vietnamese, astral characters, formulas, quotes. */
final class ExportFixture {

    static final String VIETNAMESE = "Hội nghị Công an toàn quốc lần thứ 77 đã tổng kết công tác năm 2021.\n"
            + "Bộ trưởng nhấn mạnh: \"bảo đảm an ninh, trật tự\" 😃 là nhiệm vụ 𝔸 hàng đầu.\n"
            + "=SUM(A1:A9) không phải công thức, chỉ là chữ.\n";
    static final String SECOND = "Sơ kết 6 tháng đầu năm 2020: lực lượng Công an xã chính quy được bố trí về cơ sở.\n"
            + "-10 điểm nóng đã được giải quyết; @Ban chỉ đạo theo dõi.\n";
    static final String TRICKY_NOTE = "He said \"yes\", then, after a pause,\nwrote: =HYPERLINK(\"http://x\")\r\nand left.";

    final InMemoryLibrary library = new InMemoryLibrary();
    final long conference;
    final long review;
    final Theme security;
    final Theme formulaTheme;
    final Theme childTheme;

    ExportFixture() {
        conference = library.addDocument("Hội nghị Công an toàn quốc lần thứ 77, \"tổng kết\"", PartialDate.ofDay(2021, 12, 29), VIETNAMESE);
        review = library.addDocument("Sơ kết 6 tháng năm 2020", PartialDate.ofYear(2020), SECOND);
        security = library.addTheme("An ninh trật tự", "#E53935", null);
        formulaTheme = library.addTheme("=cmd|' /C calc'!A0", "#1E88E5", null);
        childTheme = library.addTheme("Công an xã", "#43A047", security.id());
        library.annotate(conference, security, "bảo đảm an ninh, trật tự\" 😃 là nhiệm vụ 𝔸", TRICKY_NOTE);
        library.annotate(conference, formulaTheme, "=SUM(A1:A9) không phải công thức", "@mention and +plus");
        library.annotate(conference, security, "Hội nghị Công an toàn quốc", "");
        library.annotate(review, childTheme, "Công an xã chính quy", "-negative start, with comma");
        library.annotate(review, security, "-10 điểm nóng", "\ttab first");
    }

    ExportService exporter() {
        return library.exporter();
    }
}
