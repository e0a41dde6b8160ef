package dev.annals.bench;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineBenchTest {

    @Test
    void generatesFiveThousandConferencesOverTwentyYears() {
        var conferences = TimelineBench.conferences(new Random(1));

        assertThat(conferences).hasSize(5000);
        assertThat(conferences).allMatch(c -> c.date().year() >= 2005 && c.date().year() < 2025);
    }

    @Test
    void laysOutFiveThousandConferencesWithinTheGoalOf100Ms() {
        assertThat(TimelineBench.layout5000Ms()).isPositive().isLessThan(100.0);
    }
}
