package dev.annals.logic.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownExportTest {

    @TempDir
    Path dir;

    private final ExportFixture fixture = new ExportFixture();

    private String export(GroupBy groupBy, ReportLabels labels) throws IOException {
        Path file = dir.resolve("notes.md");
        var options = new ExportOptions(ExportFormat.MD, ExportScope.EVERYTHING, groupBy, true, true, false, false);
        fixture.exporter().export(options, file, true, labels, ExportListener.NONE);
        return Files.readString(file);
    }

    @Test
    void groupsByThemeWithASummaryTableOnTop() throws IOException {
        String md = export(GroupBy.THEME, ReportLabels.english());
        assertThat(md).contains(" · 5 annotations\n");
        assertThat(md).contains("| Theme | Annotations |\n|---|---:|\n| An ninh trật tự | 3 |\n| \\=cmd\\|' /C calc'!A0 | 1 |\n| Công an xã | 1 |\n| **Total** | **5** |");
        assertThat(md.indexOf("## An ninh trật tự")).isLessThan(md.indexOf("## Công an xã")).isGreaterThan(md.indexOf("| **Total**"));
    }

    @Test
    void quotesAreBlockQuotesUnderTheDocumentTitleAndDateWithItsPrecision() throws IOException {
        String md = export(GroupBy.THEME, ReportLabels.english());
        assertThat(md).contains("### Hội nghị Công an toàn quốc lần thứ 77, \"tổng kết\" — 2021-12-29\n\n> bảo đảm an ninh, trật tự\" 😃 là nhiệm vụ 𝔸\n");
        assertThat(md).contains("### Sơ kết 6 tháng năm 2020 — 2020 (year only)");
        assertThat(md).contains("> \\-10 điểm nóng");
    }

    @Test
    void notesFollowTheirQuoteWithLineBreaksKept() throws IOException {
        String md = export(GroupBy.THEME, ReportLabels.english());
        assertThat(md).contains("**Note:** He said \"yes\", then, after a pause,  \nwrote: =HYPERLINK(\"http://x\")  \nand left.");
        assertThat(md.indexOf("> bảo đảm an ninh")).isLessThan(md.indexOf("**Note:** He said"));
    }

    @Test
    void groupsByDocumentInDateOrderInVietnamese() throws IOException {
        String md = export(GroupBy.DOCUMENT, ReportLabels.vietnamese());
        assertThat(md).startsWith("# Ghi chú\n").contains(" · 5 chú thích\n");
        assertThat(md).contains("| Tài liệu | Số chú thích |");
        assertThat(md).contains("| Sơ kết 6 tháng năm 2020 (2020 (chỉ biết năm)) | 2 |");
        assertThat(md.indexOf("## Sơ kết 6 tháng năm 2020")).isLessThan(md.indexOf("## Hội nghị Công an toàn quốc lần thứ 77"));
        assertThat(md).contains("### Công an xã\n\n> Công an xã chính quy");
    }
}
