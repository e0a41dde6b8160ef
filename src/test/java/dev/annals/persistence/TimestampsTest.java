package dev.annals.persistence;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimestampsTest {

    @Test
    void readsWhatInstantWritesWithAnyFractionLength() {
        for (Instant instant : List.of(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-02-29T23:59:59.5Z"),
                Instant.parse("1999-12-31T08:05:09.123Z"), Instant.parse("2026-12-02T09:01:42.123456Z"),
                Instant.parse("2026-12-02T09:01:42.123456789Z"), Instant.ofEpochSecond(0))) {
            assertThat(Timestamps.parse(instant.toString())).isEqualTo(instant);
        }
    }

    @Test
    void leavesOtherFormsToTheGeneralParser() {
        assertThat(Timestamps.parse("+10000-01-01T00:00:00Z")).isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
        assertThatThrownBy(() -> Timestamps.parse("2023-02-29T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThat(Timestamps.parse("2023-01-01T24:00:00Z")).isEqualTo(Instant.parse("2023-01-01T24:00:00Z"));
        assertThatThrownBy(() -> Timestamps.parse("2023-01-01 00:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThat(Timestamps.parse("2023-01-01T00:00:00.Z")).isEqualTo(Instant.parse("2023-01-01T00:00:00.Z"));
    }
}
