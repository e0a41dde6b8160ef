package dev.annals.app;

import dev.annals.app.bench.Bench;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchBenchTest {

    @Test
    void measuresTheSearchFiguresOnASmallLibrary() {
        var progress = new ByteArrayOutputStream();
        Map<String, Object> figures = new Bench(40, new PrintStream(progress, true), new SessionFactory(Clock.systemUTC(), false)).run();
        assertThat(figures.keySet()).containsExactlyElementsOf(Bench.FIGURES);
        for (String name : new String[]{"search_p50_ms", "search_p99_ms", "search_raw_fts5_p50_ms"}) {
            assertThat(figures.get(name)).as(name).isInstanceOf(Double.class);
            assertThat((Double) figures.get(name)).as(name).isPositive();
        }
        assertThat((Double) figures.get("search_p99_ms")).isGreaterThanOrEqualTo((Double) figures.get("search_p50_ms"));
        assertThat(progress.toString()).contains("stored 40 of 40 documents");
    }
}
