package dev.annals.logic.analysis;

import dev.annals.logic.export.TargetRefusedException;
import dev.annals.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CooccurrenceExportsTest {

    @TempDir
    Path folder;

    private static CooccurrenceMatrix matrix() {
        List<Theme> themes = List.of(new Theme(1, "an ninh, trật tự", "#0072B2", null, null, 0),
                new Theme(2, "=HYPERLINK(\"x\")", "#E69F00", null, null, 1));
        return new CooccurrenceMatrix(CooccurrenceUnit.DOCUMENT, CooccurrenceFilter.NONE, themes, new int[][]{{4, 2}, {2, 3}});
    }

    @Test
    void writesAQuotedTableWhoseNamesNeverRunAsFormulas() throws Exception {
        Path csv = folder.resolve("out/matrix.csv");
        CooccurrenceExports.writeCsv(matrix(), csv, folder.resolve("library"));

        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(
                "document,\"an ninh, trật tự\",\"'=HYPERLINK(\"\"x\"\")\"\r\n"
                        + "\"an ninh, trật tự\",4,2\r\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",2,3\r\n");
        assertThat(matrix().maxOffDiagonal()).isEqualTo(2);
    }

    @Test
    void refusesTheLibraryFolderAndLeavesNothingHalfWritten() throws Exception {
        Path library = Files.createDirectories(folder.resolve("library"));
        assertThatThrownBy(() -> CooccurrenceExports.writeBytes(new byte[]{1}, library.resolve("x.png"), library))
                .isInstanceOf(TargetRefusedException.class);
        assertThat(library).isEmptyDirectory();
        Path png = folder.resolve("x.png");
        CooccurrenceExports.writeBytes(new byte[]{1, 2}, png, library);
        CooccurrenceExports.writeBytes(new byte[]{3}, png, library);
        assertThat(Files.readAllBytes(png)).containsExactly(3);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("library", "x.png");
        }
    }

    @Test
    void unitsAreNamedAsTheCommandLineTypesThem() {
        assertThat(CooccurrenceUnit.fromId("overlap")).contains(CooccurrenceUnit.OVERLAP);
        assertThat(CooccurrenceUnit.fromId("sentence")).isEmpty();
        assertThat(CooccurrenceUnit.PARAGRAPH.id()).isEqualTo("paragraph");
    }
}
