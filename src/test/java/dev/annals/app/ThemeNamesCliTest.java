package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command reads a theme name the same way (tone marks optional) and lets a theme stand for its sub-themes. */
class ThemeNamesCliTest {

    @TempDir
    Path dir;
    Path library;

    @BeforeEach
    void tagAPassageWithASubTheme() {
        library = dir.resolve("library");
        assertThat(CliRun.on(library, "theme", "add", "Công an xã chính quy", "--parent", "an ninh trat tu").status()).isZero();
        assertThat(CliRun.on(library, "annotate", "2", "--theme", "cong an xa chinh quy", "--quote", "Công an").status()).isZero();
    }

    @Test
    void annotateAndExportFindTheSameThemeWithoutToneMarks() throws Exception {
        assertThat(CliRun.on(library, "annotate", "1", "--theme", "cong an xa", "--quote", "Công an xã").status()).isZero();
        Path file = dir.resolve("xa.csv");
        CliRun export = CliRun.on(library, "export", "--format", "csv", "--out", file.toString(), "--theme", "cong an xa", "--json");
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.json().get("annotations").asInt()).isEqualTo(1);
        assertThat(Files.readString(file)).contains("Công an xã");
    }

    @Test
    void exportOfAThemeTakesItsSubThemes() throws Exception {
        CliRun export = CliRun.on(library, "export", "--format", "jsonld", "--out", dir.resolve("a.jsonld").toString(),
                "--theme", "an ninh trật tự", "--json");
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.json().get("annotations").asInt()).isEqualTo(1);
    }

    @Test
    void searchAndAnnotationsTakeTheSubThemesToo() throws Exception {
        JsonNode hits = CliRun.on(library, "search", "--json", "--theme", "an ninh trat tu", "Công an").json();
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("docId").asLong()).isEqualTo(2);
        JsonNode listed = CliRun.on(library, "annotations", "--json", "--theme", "an ninh trật tự").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("theme").asText()).isEqualTo("Công an xã chính quy");
    }

    @Test
    void anAmbiguousNameWithoutToneMarksIsRefused() {
        assertThat(CliRun.on(library, "theme", "add", "Cong an xa").status()).isZero();
        CliRun run = CliRun.on(library, "annotate", "1", "--theme", "cong an xa", "--quote", "Công an");
        assertThat(run.status()).as(run.out()).isZero(); // the exact name wins over the folded one
        CliRun folded = CliRun.on(library, "export", "--format", "csv", "--out", dir.resolve("b.csv").toString(), "--theme", "CONG AN XÀ");
        assertThat(folded.status()).isEqualTo(1);
        assertThat(folded.err()).contains("no theme named 'CONG AN XÀ'");
    }
}
