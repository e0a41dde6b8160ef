package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.cli.Cli;
import dev.annals.model.CodePoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCommandTest {

    @TempDir
    Path library;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        int status = new Cli(new AppEnvironment(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all.toArray(String[]::new));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsHitsAsTheContractSaysBestFirst() throws Exception {
        Run run = run("search", "--json", "--limit", "3", "Công an");
        assertThat(run.status()).isZero();
        JsonNode hits = new ObjectMapper().readTree(run.out());
        assertThat(hits.isArray()).isTrue();
        assertThat(hits).hasSize(3);
        for (JsonNode hit : hits) {
            assertThat(hit.properties()).extracting(java.util.Map.Entry::getKey)
                    .containsExactly("docId", "title", "date", "start", "end", "snippet");
            String text = new ObjectMapper().readTree(run("show", "--json", hit.get("docId").asText()).out()).get("text").asText();
            assertThat(CodePoints.substring(text, hit.get("start").asInt(), hit.get("end").asInt())).isEqualToIgnoringCase("công");
            assertThat(hit.get("snippet").asText()).contains("[Công an]");
        }
    }

    @Test
    void findsTheSameWithoutToneMarks() {
        assertThat(run("search", "--json", "cong an").out()).isEqualTo(run("search", "--json", "Công an").out());
        assertThat(run("search", "--json", "dang").out()).contains("Đảng");
    }

    @Test
    void refusesABadQueryWithOneLineAndStatus2() {
        for (String bad : List.of("*", "-", "\"\"", "-công")) {
            Run run = run("search", "--json", bad);
            assertThat(run.status()).as(bad).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().lines()).hasSize(1);
        }
    }

    @Test
    void answersHostileQueriesWithResultsNotErrors() {
        for (String hostile : List.of("\"unbalanced", "NEAR(", "'; DROP TABLE documents; --")) {
            Run run = run("search", "--json", hostile);
            assertThat(run.status()).as(hostile).isZero();
            assertThat(run.out().strip()).startsWith("[");
        }
        assertThat(run("list", "--json").out()).contains("\"id\"");
    }

    @Test
    void refusesUnknownFilterValues() {
        assertThat(run("search", "--kind", "party", "công an").status()).isEqualTo(2);
        assertThat(run("search", "--theme", "Không có", "công an").status()).isEqualTo(2);
        assertThat(run("search", "--limit", "0", "công an").status()).isEqualTo(2);
    }

    @Test
    void filtersByYear() {
        assertThat(run("search", "--json", "--from-year", "3000", "công an").out().strip()).isEqualTo("[ ]");
    }
}
