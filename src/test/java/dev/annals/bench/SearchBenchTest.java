package dev.annals.bench;

import dev.annals.app.SessionFactory;
import dev.annals.bench.SearchBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchBenchTest {

    @TempDir
    Path library;

    @Test
    void measuresTheSearchFiguresOnALibrary() {
        Map<String, Object> figures = new HashMap<>();
        try (var session = new SessionFactory(Clock.systemUTC(), true).open(library)) {
            List<String> texts = new ArrayList<>();
            session.documents().list().forEach(d -> texts.add(session.documents().find(d.id()).orElseThrow().text()));
            assertThat(texts).isNotEmpty();
            SearchBench.measure(session, texts, figures);
        }
        for (String name : new String[]{"search_p50_ms", "search_p99_ms", "search_raw_fts5_p50_ms"}) {
            assertThat(figures.get(name)).as(name).isInstanceOf(Double.class);
            assertThat((Double) figures.get(name)).as(name).isPositive();
        }
        assertThat((Double) figures.get("search_p99_ms")).isGreaterThanOrEqualTo((Double) figures.get("search_p50_ms"));
    }
}
