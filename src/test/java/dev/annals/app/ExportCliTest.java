package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.cli.Cli;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** export and import-annotations end to end: the command line on real SQLite libraries with the bundled corpus. */
class ExportCliTest extends AnnotatedCliLibrary {

    @Test
    void exportsEveryFormatAndReportsWhatItWrote() throws Exception {
        for (String format : List.of("md", "csv", "jsonld", "qdpx", "qdc")) {
            Path file = work.resolve("out/notes." + format);
            CliRun r = run(library, "export", "--format", format, "--out", file.toString(), "--json");
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(r.json().path(format.equals("qdc") ? "themes" : "annotations").asInt()).isEqualTo(format.equals("qdc") ? 8 : 3);
            assertThat(file).isNotEmptyFile();
        }
    }

    @Test
    void scopesByDocumentAndTheme() throws Exception {
        Path file = work.resolve("one.csv");
        CliRun r = run(library, "export", "--format", "csv", "--out", file.toString(), "--theme", "an ninh trật tự", "--doc", "3", "--json");
        assertThat(r.json().path("annotations").asInt()).isEqualTo(1);
        assertThat(run(library, "export", "--format", "csv", "--out", work.resolve("x.csv").toString(), "--theme", "no such").status()).isEqualTo(1);
    }

    @Test
    void keepsAnExistingFileWithoutForce() throws Exception {
        Path file = work.resolve("notes.md");
        Files.writeString(file, "mine");
        CliRun refused = run(library, "export", "--format", "md", "--out", file.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().lines()).hasSize(1).allSatisfy(l -> assertThat(l).contains("already exists").contains("--force"));
        assertThat(file).hasContent("mine");
        assertThat(run(library, "export", "--format", "md", "--out", file.toString(), "--force").status()).isZero();
        assertThat(Files.readString(file)).startsWith("# ");
    }

    @Test
    void importsAnExportIntoAnotherLibraryAndSkipsItTheSecondTime() throws Exception {
        Path file = work.resolve("notes.jsonld");
        assertThat(run(library, "export", "--format", "jsonld", "--out", file.toString()).status()).isZero();
        Path other = work.resolve("other");
        CliRun first = run(other, "import-annotations", "--json", file.toString());
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.json().path("anchored").asInt()).isEqualTo(3);
        assertThat(first.json().path("orphaned").asInt()).isZero();
        assertThat(first.json().path("details")).hasSize(3);
        JsonNode listed = run(other, "annotations", "--json").json();
        JsonNode original = run(library, "annotations", "--json").json();
        assertThat(listed.toString().replaceAll("\"id\":\\d+", "")).isEqualTo(original.toString().replaceAll("\"id\":\\d+", ""));
        CliRun second = run(other, "import-annotations", "--json", file.toString());
        assertThat(second.json().path("anchored").asInt()).isZero();
        assertThat(second.json().path("skipped").asInt()).isEqualTo(3);
    }

    @Test
    void malformedImportFileIsOneLineOnStderr() throws Exception {
        Path file = work.resolve("bad.jsonld");
        Files.writeString(file, "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"items\": [1,]}");
        CliRun r = run(library, "import-annotations", file.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(1).allSatisfy(l -> assertThat(l).contains("not valid JSON"));
        assertThat(r.out()).isEmpty();
    }
}
