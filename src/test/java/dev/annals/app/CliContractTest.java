package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.cli.Cli;
import dev.annals.logic.library.Hashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The import, list and show commands against ../shared/design/cli.md: JSON shapes, exit statuses, stderr. */
class CliContractTest {

    private static final List<String> IMPORT_FIELDS = List.of("path", "status", "id", "title", "date", "datePrecision", "warnings", "error");
    private static final List<String> LIST_FIELDS = List.of("id", "title", "date", "datePrecision", "source", "kind", "chars", "sha256");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARTICLE = "Hội nghị tổng kết công tác của Công an tỉnh\n\nNgày 5/1/2023, Công an tỉnh tổ chức hội nghị.\n";

    @TempDir
    Path dir;

    private record Run(int status, String out, String err, String systemErr) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private Run run(String... args) {
        Run r = runCapturingSystemErr(args);
        assertThat(r.systemErr()).as("nothing but the command's own lines reaches stderr").isEmpty();
        return r;
    }

    private Run runCapturingSystemErr(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        ByteArrayOutputStream leaked = new ByteArrayOutputStream();
        System.setErr(new PrintStream(leaked, true, StandardCharsets.UTF_8));
        int status;
        try {
            List<String> all = new ArrayList<>(List.of("--library", dir.resolve("library").toString()));
            all.addAll(List.of(args));
            status = new Cli(new AppEnvironment(), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8)).run(all.toArray(String[]::new));
        } finally {
            System.setErr(systemErr);
        }
        String errText = err.toString(StandardCharsets.UTF_8);
        assertThat(errText).doesNotContain("Exception", "\tat ", "SEVERE", "INFO");
        errText.lines().forEach(line -> assertThat(line).startsWith("annals: "));
        return new Run(status, out.toString(StandardCharsets.UTF_8), errText, leaked.toString(StandardCharsets.UTF_8));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private Path article(String name, String text) throws Exception {
        Path file = dir.resolve("in").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void importJsonReportsEachFileWithTheContractFields() throws Exception {
        Path good = article("good.txt", ARTICLE);
        Path dup = article("dup.md", ARTICLE.replace("\n", "\r\n"));
        Path bad = dir.resolve("in").resolve("bad.txt");
        Files.write(bad, new byte[]{1, 0, 2, 0});

        Run r = run("import", "--json", good.toString(), dup.toString(), bad.toString());

        assertThat(r.status()).isEqualTo(1);
        JsonNode results = r.json();
        assertThat(results.isArray()).isTrue();
        List<String> importFields = new ArrayList<>(IMPORT_FIELDS);
        importFields.add("dateSource");
        assertThat(results).hasSize(3).allSatisfy(n -> assertThat(fields(n)).containsExactlyElementsOf(importFields));
        JsonNode imported = results.get(0);
        assertThat(imported.get("status").asText()).isEqualTo("imported");
        assertThat(imported.get("title").asText()).isEqualTo("Hội nghị tổng kết công tác của Công an tỉnh");
        assertThat(imported.get("date").asText()).isEqualTo("2023-01-05");
        assertThat(imported.get("datePrecision").asText()).isEqualTo("day");
        assertThat(imported.get("error").isNull()).isTrue();
        assertThat(results.get(1).get("status").asText()).isEqualTo("duplicate");
        assertThat(results.get(1).get("id").asLong()).isEqualTo(imported.get("id").asLong());
        assertThat(results.get(2).get("status").asText()).isEqualTo("failed");
        assertThat(results.get(2).get("id").isNull()).isTrue();
        assertThat(results.get(2).get("error").asText()).contains("not a text file");
        assertThat(r.err()).isEqualTo("annals: failed: " + bad + ": " + results.get(2).get("error").asText() + "\n");
    }

    @Test
    void importOfGoodFilesExitsZeroAndWarningsGoToStderr() throws Exception {
        Path file = dir.resolve("in").resolve("warn.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, TextBytes.withStrayByte(ARTICLE));

        Run r = run("import", "--json", file.toString());

        assertThat(r.status()).isZero();
        assertThat(r.json().get(0).get("warnings").get(0).asText()).contains("byte offset");
        assertThat(r.err()).startsWith("annals: warning: " + file + ": invalid UTF-8");
    }

    @Test
    void listJsonHasTheContractFieldsSortedByDateThenTitle() throws Exception {
        run("import", article("x.txt", ARTICLE).toString());

        Run r = run("list", "--json");

        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode list = r.json();
        assertThat(list).hasSize(6).allSatisfy(n -> assertThat(fields(n)).containsExactlyElementsOf(LIST_FIELDS));
        List<String> dates = new ArrayList<>();
        list.forEach(n -> dates.add(n.get("date").asText()));
        assertThat(dates).containsExactly("2020", "2021-06-21", "2021-08-17", "2021-12-29", "2023-01-05", "2024-11-20");
        JsonNode first = list.get(0);
        assertThat(first.get("datePrecision").asText()).isEqualTo("year");
        assertThat(first.get("kind").asText()).isEqualTo("six-month-review");
        assertThat(first.get("source").asText()).isEqualTo("Tổ Quốc");
    }

    @Test
    void showJsonIsTheListObjectPlusTextAndPeople() throws Exception {
        JsonNode listed = run("list", "--json").json().get(0);

        Run r = run("show", "--json", listed.get("id").asText());

        assertThat(r.status()).isZero();
        JsonNode doc = r.json();
        List<String> expected = new ArrayList<>(LIST_FIELDS);
        expected.addAll(List.of("text", "people", "dateSource", "metadata"));
        assertThat(fields(doc)).containsExactlyElementsOf(expected);
        for (String field : LIST_FIELDS) assertThat(doc.get(field)).isEqualTo(listed.get(field));
        String text = doc.get("text").asText();
        assertThat(doc.get("chars").asInt()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(doc.get("sha256").asText()).isEqualTo(Hashing.sha256(text));
        assertThat(doc.get("people").get(0).asText()).isEqualTo("Đại tướng Tô Lâm");
    }

    @Test
    void showOfAnUnknownIdIsOneLineAndStatusOne() {
        Run r = run("show", "--json", "999");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("annals: no document with id 999 (see annals list)\n");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("list", "--bogus").status()).isEqualTo(2);
        assertThat(run("import").status()).isEqualTo(2);
        Run r = run("show", "not-a-number");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void aLibraryFromANewerVersionExitsThreeWithoutChangingIt() throws Exception {
        run("list");
        Path db = dir.resolve("library").resolve("library.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(db);

        Run r = run("list", "--json");

        assertThat(r.status()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString().contains("newer version");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void aLibraryHeldByAnotherProcessExitsThreeSayingItIsInUse() throws Exception {
        run("list");
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
                dev.annals.persistence.HoldLibrary.class.getName(), dir.resolve("library").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).isEqualTo("open");

            Run r = run("list", "--json");

            assertThat(r.status()).isEqualTo(3);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines()).singleElement().asString().contains("in use");
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) holder.destroyForcibly();
        }
    }

    @Test
    void aDamagedLibraryExitsThree() throws Exception {
        Files.createDirectories(dir.resolve("library"));
        Files.writeString(dir.resolve("library").resolve("library.db"), "not a database, but long enough to have a header");
        Run r = run("list");
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("damaged").contains("untouched");
    }

    @Test
    void verboseAlsoSendsTheLogToStderr() {
        Run r = runCapturingSystemErr("--verbose", "list");
        assertThat(r.status()).isZero();
        assertThat(r.systemErr()).contains("migrated library to schema");
    }

    @Test
    void versionAndHelpExitZero() {
        Run version = run("--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).startsWith("Annals ");
        Run help = run("import", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--json");
    }
}
