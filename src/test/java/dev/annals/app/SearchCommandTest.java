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
    void readsExcludedWordsGivenAsSeparateArguments() {
        Run all = run("search", "--json", "--limit", "50", "công", "an");
        Run excluding = run("search", "--json", "--limit", "50", "công", "an", "-Đảng");
        assertThat(excluding.status()).isZero();
        assertThat(excluding.out()).isEqualTo(run("search", "--json", "--limit", "50", "công an -dang").out());
        assertThat(excluding.out().length()).isLessThan(all.out().length());
        assertThat(run("search", "--limt", "5", "công").status()).isEqualTo(2);
    }

    @Test
    void searchesNotesWithNotes() throws Exception {
        run("list");
        try (var db = dev.annals.persistence.Database.open(library); var st = db.connection().createStatement()) {
            st.execute("INSERT INTO themes(name, color) VALUES ('Ma túy', '#aa3300')");
            st.execute("INSERT INTO annotations(doc_id, theme_id, start_cp, end_cp, exact, note, text_sha256, created, modified)"
                    + " VALUES (2, (SELECT id FROM themes WHERE name = 'Ma túy'), 10, 20, '', 'Đường dây ma túy xuyên quốc gia', '', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')");
        }
        JsonNode hits = new ObjectMapper().readTree(run("search", "--notes", "--json", "duong day").out());
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("docId").asLong()).isEqualTo(2);
        assertThat(hits.get(0).get("theme").asText()).isEqualTo("Ma túy");
        assertThat(hits.get(0).get("start").asInt()).isEqualTo(10);
        assertThat(hits.get(0).get("snippet").asText()).isEqualTo("[Đường dây] ma túy xuyên quốc gia");
        assertThat(new ObjectMapper().readTree(run("search", "--notes", "--json", "hội nghị").out())).isEmpty();
    }

    @Test
    void filtersByYear() throws Exception {
        assertThat(run("search", "--json", "--from-year", "3000", "công an").out().strip()).isEqualTo("[ ]");
        JsonNode recent = new ObjectMapper().readTree(run("search", "--json", "--from-year", "2022", "công an").out());
        JsonNode older = new ObjectMapper().readTree(run("search", "--json", "--to-year", "2021", "công an").out());
        JsonNode all = new ObjectMapper().readTree(run("search", "--json", "công an").out());
        assertThat(recent).isNotEmpty();
        assertThat(older).isNotEmpty();
        recent.forEach(hit -> assertThat(hit.get("date").asText().substring(0, 4)).isGreaterThanOrEqualTo("2022"));
        older.forEach(hit -> assertThat(hit.get("date").asText().substring(0, 4)).isLessThanOrEqualTo("2021"));
        assertThat(recent.size() + older.size()).isLessThanOrEqualTo(all.size());
    }
}
