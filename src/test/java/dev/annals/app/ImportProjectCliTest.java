package dev.annals.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** import-project and import-codebook on the command line: the report, the exit status, one line per problem. */
class ImportProjectCliTest {

    @TempDir
    Path work;

    CliRun run(String... args) {
        return CliRun.on(work.resolve("lib"), args);
    }

    @Test
    void exportedProjectImportsBackAsMergedAndReportsIt() throws Exception {
        assertThat(run("annotate", "1", "--theme", "an ninh trật tự", "--quote", "an ninh trật tự", "--note", "ghi chú").status()).isZero();
        Path file = work.resolve("p.qdpx");
        assertThat(run("export", "--format", "qdpx", "--out", file.toString()).status()).isZero();

        CliRun r = run("import-project", "--json", file.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.json().path("sources").path("merged").asInt()).isEqualTo(1);
        assertThat(r.json().path("selections").path("merged").asInt()).isEqualTo(1);
        assertThat(r.json().path("details").get(0).path("status").asText()).isEqualTo("merged");
        CliRun plain = run("import-project", file.toString());
        assertThat(plain.out()).startsWith("sources imported 0, merged 1, skipped 0; codes imported 0, merged ");
    }

    @Test
    void aHostileProjectImportsNothingWithOneLineAndStatusOne() throws Exception {
        Path file = work.resolve("bad.qdpx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("../../escape.txt"));
            zip.write(1);
        }
        CliRun r = run("import-project", file.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("annals: nothing imported from bad.qdpx: ")
                .contains("leaves its folder"));
        assertThat(run("import-project", work.resolve("none.qdpx").toString()).status()).isEqualTo(2);
    }

    @Test
    void memosListsWhatAProjectBroughtForADocumentAThemeAndTheLibrary() throws Exception {
        Path file = work.resolve("m.qdpx");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            zip.write(("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"m\"><CodeBook><Codes><Code guid=\"k\" name=\"Phỏng vấn\">"
                    + "<NoteRef targetGUID=\"n1\"/></Code></Codes></CodeBook><Sources><TextSource guid=\"s\" name=\"Ghi chép\""
                    + " plainTextPath=\"internal://s.txt\"><Description>Phỏng vấn ở Huế</Description></TextSource></Sources>"
                    + "<Notes><Note guid=\"n1\" name=\"Về mã\"><PlainTextContent>chỉ dùng cho phỏng vấn</PlainTextContent></Note>"
                    + "<Note guid=\"n2\" name=\"Kế hoạch\"><PlainTextContent>kế hoạch nghiên cứu</PlainTextContent></Note></Notes></Project>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("sources/s.txt"));
            zip.write("Một văn bản mới hoàn toàn cho thư viện.".getBytes(StandardCharsets.UTF_8));
        }
        CliRun imported = run("import-project", "--json", file.toString());
        assertThat(imported.json().path("memos").asInt()).isEqualTo(3);
        CliRun forDoc = run("memos", "--json", "--doc", "6");
        assertThat(forDoc.json().get(0).path("text").asText()).isEqualTo("Phỏng vấn ở Huế");
        assertThat(forDoc.json().get(0).path("origin").asText()).isEqualTo("m.qdpx");
        assertThat(run("memos", "--theme", "phong van").out()).startsWith("# Về mã  [m.qdpx]\nchỉ dùng cho phỏng vấn");
        assertThat(run("memos").out()).contains("kế hoạch nghiên cứu");
        assertThat(run("memos", "--doc", "6", "--theme", "x").status()).isEqualTo(2);
    }

    @Test
    void codebookAddsThemesAndMergesKnownNames() throws Exception {
        Path qdc = Files.writeString(work.resolve("c.qdc"), "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>"
                + "<Code guid=\"1\" name=\"AN NINH TRAT TU\" isCodable=\"true\"/><Code guid=\"2\" name=\"Ma túy\" isCodable=\"true\" color=\"#112233\"/>"
                + "</Codes></CodeBook>");
        CliRun r = run("import-codebook", "--json", qdc.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.json().path("codes").path("imported").asInt()).isEqualTo(1);
        assertThat(r.json().path("codes").path("merged").asInt()).isEqualTo(1);
        assertThat(run("themes").out()).contains("Ma túy");
    }
}
