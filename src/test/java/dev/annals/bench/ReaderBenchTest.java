package dev.annals.bench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderBenchTest {

    @Test
    void measuresOpeningALargeDocumentHeadless() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        Map<String, Object> figures = ReaderBench.run(new PrintStream(log, true, StandardCharsets.UTF_8), new dev.annals.app.SessionFactory(java.time.Clock.systemUTC(), false), 1, 3);
        assertThat(figures.get("open_1mb_doc_ms")).isInstanceOf(Double.class);
        assertThat((Double) figures.get("open_1mb_doc_ms")).isPositive();
        assertThat((Double) figures.get("open_1mb_5k_annotations_ms")).isPositive();
    }
}
