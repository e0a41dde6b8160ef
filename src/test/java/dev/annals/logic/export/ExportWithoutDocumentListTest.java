package dev.annals.logic.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The annotations bring their documents with them: only a per-document summary needs the whole document list. */
class ExportWithoutDocumentListTest {

    @TempDir
    Path dir;

    private final ExportFixture fixture = new ExportFixture();

    private String export(ExportOptions options) throws IOException {
        Path file = dir.resolve("notes." + options.format().extension());
        fixture.exporter().export(options, file, true, ReportLabels.english(), ExportListener.NONE);
        return Files.readString(file);
    }

    @Test
    void csvJsonLdAndMarkdownByThemeNameEveryDocumentWithoutReadingTheList() throws IOException {
        String csv = export(ExportOptions.defaults(ExportFormat.CSV));
        String jsonld = export(ExportOptions.defaults(ExportFormat.JSONLD));
        String md = export(ExportOptions.defaults(ExportFormat.MD));

        assertThat(fixture.library.listReads).isZero();
        assertThat(csv).contains("Sơ kết 6 tháng năm 2020", "tổng kết");
        assertThat(jsonld).contains(fixture.library.documentStore.find(fixture.review).orElseThrow().sha256());
        assertThat(md).contains("### Sơ kết 6 tháng năm 2020 — 2020", "| **Total** | **5** |");
    }

    @Test
    void markdownByDocumentListsEachDocumentWithItsCount() throws IOException {
        var options = ExportOptions.defaults(ExportFormat.MD);
        String md = export(new ExportOptions(options.format(), options.scope(), GroupBy.DOCUMENT, true, true, false, false));

        assertThat(md).contains("| Sơ kết 6 tháng năm 2020 (2020 (year only)) | 2 |", "## Sơ kết 6 tháng năm 2020");
        assertThat(fixture.library.listReads).isEqualTo(1);
    }
}
