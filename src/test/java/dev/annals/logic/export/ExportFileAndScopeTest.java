package dev.annals.logic.export;

import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportFileAndScopeTest {

    @TempDir
    Path dir;

    private final ExportFixture fixture = new ExportFixture();

    @Test
    void previewCountsWhatEachScopeWillExport() {
        ExportService exporter = fixture.exporter();
        assertThat(exporter.preview(ExportFormat.CSV, ExportScope.EVERYTHING)).isEqualTo(5);
        assertThat(exporter.preview(ExportFormat.CSV, new ExportScope(fixture.review, Set.of(), null, null))).isEqualTo(2);
        // a theme stands for its sub-themes: "An ninh trật tự" brings "Công an xã" with it
        assertThat(exporter.preview(ExportFormat.CSV, new ExportScope(null, Set.of(fixture.security.id()), null, null))).isEqualTo(4);
        assertThat(exporter.preview(ExportFormat.CSV, new ExportScope(null, Set.of(fixture.childTheme.id()), null, null))).isEqualTo(1);
        assertThat(exporter.preview(ExportFormat.CSV, new ExportScope(null, Set.of(fixture.security.id(), fixture.childTheme.id()), null, null))).isEqualTo(4);
        assertThat(exporter.preview(ExportFormat.CSV, new ExportScope(null, Set.of(), PartialDate.ofMonth(2021, 12), PartialDate.ofYear(2022)))).isEqualTo(3);
        assertThat(exporter.preview(ExportFormat.QDC, ExportScope.EVERYTHING)).isEqualTo(3);
    }

    @Test
    void refusesADateRangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new ExportScope(null, Set.of(), PartialDate.ofYear(2022), PartialDate.ofYear(2021)))
                .hasMessageContaining("before it starts");
    }

    @Test
    void doesNotOverwriteAnExistingFileUnlessAllowed() throws IOException {
        Path file = dir.resolve("notes.csv");
        Files.writeString(file, "keep me");
        assertThatThrownBy(() -> fixture.exporter().export(ExportOptions.defaults(ExportFormat.CSV), file, false, ReportLabels.english(), ExportListener.NONE))
                .isInstanceOf(TargetExistsException.class);
        assertThat(file).hasContent("keep me");
        fixture.exporter().export(ExportOptions.defaults(ExportFormat.CSV), file, true, ReportLabels.english(), ExportListener.NONE);
        assertThat(Files.readString(file)).startsWith("document,");
        assertThat(onlyFiles()).containsExactly("notes.csv");
    }

    @Test
    void cancelledExportLeavesNeitherFileNorTemporaryFile() throws IOException {
        for (int i = 0; i < 1500; i++) fixture.library.annotate(fixture.conference, fixture.security, 0, 3, "n" + i);
        ExportListener cancelling = new ExportListener() {
            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> fixture.exporter().export(ExportOptions.defaults(ExportFormat.JSONLD), dir.resolve("x.jsonld"), false,
                ReportLabels.english(), cancelling)).isInstanceOf(ExportCancelledException.class);
        assertThat(onlyFiles()).isEmpty();
    }

    @Test
    void failingWriterLeavesTheOldFileInPlace() throws IOException {
        Path file = dir.resolve("old.md");
        Files.writeString(file, "old report");
        assertThatThrownBy(() -> AtomicFileWriter.write(file, true, out -> {
            out.write("half of a new rep".getBytes());
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(file).hasContent("old report");
        assertThat(onlyFiles()).containsExactly("old.md");
    }

    @Test
    void reportsProgressUpToTheTotal() throws IOException {
        for (int i = 0; i < 2500; i++) fixture.library.annotate(fixture.review, fixture.childTheme, 0, 4, "");
        long[] last = {0, 0};
        ExportListener listener = new ExportListener() {
            @Override
            public void progress(long done, long total) {
                last[0] = done;
                last[1] = total;
            }
        };
        ExportResult result = fixture.exporter().export(ExportOptions.defaults(ExportFormat.MD), dir.resolve("n.md"), false, ReportLabels.english(), listener);
        assertThat(result.written()).isEqualTo(2505);
        assertThat(last).containsExactly(2505, 2505);
    }

    private Stream<String> files() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString());
    }

    private java.util.List<String> onlyFiles() throws IOException {
        try (Stream<String> names = files()) {
            return names.toList();
        }
    }
}
