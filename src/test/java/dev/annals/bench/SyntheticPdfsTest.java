package dev.annals.bench;

import dev.annals.logic.library.formats.ExtractedDocument;
import dev.annals.logic.library.formats.PdfExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticPdfsTest {

    @TempDir
    Path dir;

    @Test
    void benchPdfsAreTwoPageArticlesWhoseRunningHeaderAndPageNumbersImportDrops() throws Exception {
        List<Path> files = SyntheticPdfs.write(dir, 3, "Bài PDF");
        assertThat(files).hasSize(3);
        ExtractedDocument first = new PdfExtractor().extract(Files.readAllBytes(files.get(0))).get(0);
        assertThat(first.paragraphs().get(0)).startsWith("Bài PDF 0: ");
        assertThat(first.text()).doesNotContain("Báo Công an nhân dân – Thời sự").doesNotContain("Trang 1").doesNotContain("Trang 2");
        assertThat(first.paragraphs().size()).isGreaterThan(3);
        assertThat(first.text().length()).isGreaterThan(4000);
        assertThat(Files.readAllBytes(files.get(1))).isNotEqualTo(Files.readAllBytes(files.get(2)));
    }
}
