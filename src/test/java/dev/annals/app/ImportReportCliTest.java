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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** import says how many documents got a date and from where; show gives the date's source and the stated metadata. */
class ImportReportCliTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = java.util.stream.Stream.concat(java.util.stream.Stream.of("--library", dir.resolve("lib").toString()),
                java.util.Arrays.stream(args)).toArray(String[]::new);
        int status = new Cli(new AppEnvironment(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path corpus() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("1.txt"), "# doc_id = 1\n# date = 2013-10-22\n# title = Tin một\n\nNội dung tin một.");
        Files.writeString(in.resolve("2.txt"), "TITLE: Tin hai\nTIME: 22/10/2013 15:55\nURL: https://tuoitre.vn/a.htm\n\nNội dung tin hai.");
        Files.writeString(in.resolve("3.html"), "<html><head><title>Tin ba - Báo X</title><meta property=\"article:published_time\""
                + " content=\"2020-01-02T08:00:00+07:00\"></head><body><article><p>Nội dung tin ba, đủ dài để đọc.</p></article></body></html>");
        Files.writeString(in.resolve("4.txt"), "Tin bốn không ngày\n\nNội dung tin bốn.");
        return in;
    }

    @Test
    void theSummaryCountsDatesBySourceAndKeepsEveryResultField() throws Exception {
        Run r = run("import", "--json", "--summary", corpus().toString());
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode summary = json.get("summary");
        assertThat(summary.get("imported").asInt()).isEqualTo(4);
        assertThat(summary.get("dated").asInt()).isEqualTo(3);
        assertThat(summary.get("undated").asInt()).isEqualTo(1);
        assertThat(summary.get("dateSources").get("header").asInt()).isEqualTo(2);
        assertThat(summary.get("dateSources").get("page-metadata").asInt()).isEqualTo(1);
        assertThat(json.get("results")).hasSize(4).allSatisfy(n -> assertThat(n.has("path") && n.has("datePrecision") && n.has("warnings")
                && n.has("error") && n.has("dateSource")).isTrue());
        assertThat(json.get("results").get(1).get("dateSource").asText()).isEqualTo("header");
        assertThat(json.get("results").get(3).get("dateSource").isNull()).isTrue();
    }

    @Test
    void withoutJsonTheLastLineSaysWhereTheDatesCameFrom() throws Exception {
        Run r = run("import", corpus().toString());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(4)).isEqualTo("4 imported, 0 duplicates, 0 failed; dates: 3 (header 2, page-metadata 1), none for 1; no title for 0");
    }

    @Test
    void showGivesTheDateSourceAndWhatTheFileStates() throws Exception {
        run("import", corpus().resolve("2.txt").toString());
        long id = new ObjectMapper().readTree(run("list", "--json").out()).findValues("id").stream()
                .map(JsonNode::asLong).max(Long::compare).orElseThrow();
        JsonNode doc = new ObjectMapper().readTree(run("show", "--json", Long.toString(id)).out());
        assertThat(doc.get("title").asText()).isEqualTo("Tin hai");
        assertThat(doc.get("date").asText()).isEqualTo("2013-10-22");
        assertThat(doc.get("source").asText()).isEqualTo("Tuổi Trẻ");
        assertThat(doc.get("dateSource").asText()).isEqualTo("header");
        assertThat(doc.get("metadata").get(1).get("key").asText()).isEqualTo("TIME");
        assertThat(doc.get("metadata").get(1).get("value").asText()).isEqualTo("22/10/2013 15:55");
        assertThat(doc.get("text").asText()).isEqualTo("Nội dung tin hai.");
        assertThat(run("show", Long.toString(id)).out()).contains("date:   2013-10-22 (day), from header", "URL: https://tuoitre.vn/a.htm");
    }
}
