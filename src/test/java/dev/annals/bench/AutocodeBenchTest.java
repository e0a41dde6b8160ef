package dev.annals.bench;

import dev.annals.app.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AutocodeBenchTest {

    @TempDir
    Path library;

    @Test
    void measuresTaggingEveryHitAndLeavesNoAnnotationBehind() {
        Map<String, Object> figures = new HashMap<>();
        try (var session = new SessionFactory(Clock.systemUTC(), true).open(library)) {
            int before = session.annotations().count();
            AutocodeBench.measure(session, figures);
            assertThat(session.annotations().count()).isEqualTo(before);
            assertThat(session.undoHistory().canUndo()).isFalse();
        }
        assertThat((Double) figures.get("autocode_10k_ms")).isPositive().isGreaterThanOrEqualTo((Double) figures.get("autocode_10k_find_ms"));
        assertThat((Integer) figures.get("autocode_10k_hits")).isPositive();
        assertThat(Bench.FIGURES).contains("autocode_10k_ms", "autocode_10k_find_ms", "autocode_10k_hits");
    }
}
