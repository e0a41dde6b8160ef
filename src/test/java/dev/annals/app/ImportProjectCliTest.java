package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** import-project and import-codebook on the command line: the report, the exit status, one line per problem. */
class ImportProjectCliTest {

    @TempDir
    Path work;

    record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = work.resolve("lib").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status = new Cli(new TestCliEnvironment(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportedProjectImportsBackAsMergedAndReportsIt() throws Exception {
        assertThat(run("annotate", "1", "--theme", "an ninh trật tự", "--quote", "an ninh trật tự", "--note", "ghi chú").status()).isZero();
        Path file = work.resolve("p.qdpx");
        assertThat(run("export", "--format", "qdpx", "--out", file.toString()).status()).isZero();

        Run r = run("import-project", "--json", file.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.json().path("sources").path("merged").asInt()).isEqualTo(1);
        assertThat(r.json().path("selections").path("merged").asInt()).isEqualTo(1);
        assertThat(r.json().path("details").get(0).path("status").asText()).isEqualTo("merged");
        Run plain = run("import-project", file.toString());
        assertThat(plain.out()).startsWith("sources imported 0, merged 1, skipped 0; codes imported 0, merged ");
    }

    @Test
    void aHostileProjectImportsNothingWithOneLineAndStatusOne() throws Exception {
        Path file = work.resolve("bad.qdpx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../../escape.txt"));
            zip.write(1);
        }
        Run r = run("import-project", file.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("annals: nothing imported from bad.qdpx: ")
                .contains("leaves its folder"));
        assertThat(run("import-project", work.resolve("none.qdpx").toString()).status()).isEqualTo(2);
    }

    @Test
    void showListsTheMemosAProjectBroughtForADocument() throws Exception {
        Path file = work.resolve("m.qdpx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            zip.write(("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"m\"><Sources><TextSource guid=\"s\" name=\"Ghi chép\""
                    + " plainTextPath=\"internal://s.txt\"><Description>Phỏng vấn ở Huế</Description></TextSource></Sources></Project>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("sources/s.txt"));
            zip.write("Một văn bản mới hoàn toàn cho thư viện.".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(run("import-project", file.toString()).status()).isZero();
        Run show = run("show", "--json", "6");
        assertThat(show.json().path("title").asText()).isEqualTo("Ghi chép");
        assertThat(show.json().path("memos").get(0).path("text").asText()).isEqualTo("Phỏng vấn ở Huế");
        assertThat(show.json().path("memos").get(0).path("origin").asText()).isEqualTo("m.qdpx");
    }

    @Test
    void codebookAddsThemesAndMergesKnownNames() throws Exception {
        Path qdc = Files.writeString(work.resolve("c.qdc"), "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                + "<Code guid=\"1\" name=\"AN NINH TRAT TU\" isCodable=\"true\"/><Code guid=\"2\" name=\"Ma túy\" isCodable=\"true\" color=\"#112233\"/>"
                + "</Codes></CodeBook>");
        Run r = run("import-codebook", "--json", qdc.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.json().path("codes").path("imported").asInt()).isEqualTo(1);
        assertThat(r.json().path("codes").path("merged").asInt()).isEqualTo(1);
        assertThat(run("themes").out()).contains("Ma túy");
    }
}
