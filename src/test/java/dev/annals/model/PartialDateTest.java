package dev.annals.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A date known only to the year, the month or the day keeps that precision everywhere. */
class PartialDateTest {

    @ParameterizedTest
    @CsvSource({"2020, 2020, YEAR", "2021-06, 2021-06, MONTH", "2021-12-29, 2021-12-29, DAY", "' 2021-6 ', 2021-06, MONTH",
            "0987, 0987, YEAR"})
    void parsesIsoWithItsPrecisionAndWritesItBack(String text, String iso, DatePrecision precision) {
        PartialDate date = PartialDate.parseIso(text);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.iso()).isEqualTo(iso);
        assertThat(date.toString()).isEqualTo(iso);
        assertThat(PartialDate.parseIso(date.iso())).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2021-13", "2021-02-30", "2021-1-2-3", "abc", "10000", "0", "2021-00"})
    void refusesWhatIsNotADateWithAMessageThatSaysWhatIsExpected(String text) {
        assertThatThrownBy(() -> PartialDate.parseIso(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
        assertThat(PartialDate.tryParseIso(text)).isEmpty();
    }

    @Test
    void tryParseAcceptsNothingAsNothing() {
        assertThat(PartialDate.tryParseIso(null)).isEmpty();
        assertThat(PartialDate.tryParseIso("  ")).isEmpty();
        assertThat(PartialDate.tryParseIso("2024")).contains(PartialDate.ofYear(2024));
    }

    @Test
    void constructorRefusesFieldsThatDoNotFitThePrecision() {
        assertThatThrownBy(() -> new PartialDate(2021, 6, 0, DatePrecision.YEAR)).hasMessageContaining("no month or day");
        assertThatThrownBy(() -> new PartialDate(2021, 6, 3, DatePrecision.MONTH)).hasMessageContaining("bad month");
        assertThatThrownBy(() -> new PartialDate(2021, 0, 0, null)).hasMessageContaining("precision");
        assertThatThrownBy(() -> PartialDate.ofDay(2023, 2, 29)).isInstanceOf(java.time.DateTimeException.class);
        assertThat(PartialDate.ofDay(2024, 2, 29).firstDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void coversAWholeYearMonthOrDay() {
        assertThat(PartialDate.ofYear(2020).firstDay()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(PartialDate.ofYear(2020).endExclusive()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(PartialDate.ofMonth(2021, 12).endExclusive()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(PartialDate.ofMonth(2024, 2).endExclusive()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(PartialDate.ofDay(2021, 12, 31).endExclusive()).isEqualTo(LocalDate.of(2022, 1, 1));
    }

    @Test
    void overlapsWhenTheCoveredDaysMeet() {
        PartialDate year = PartialDate.ofYear(2021);
        assertThat(year.overlaps(PartialDate.ofMonth(2021, 6))).isTrue();
        assertThat(PartialDate.ofMonth(2021, 6).overlaps(year)).isTrue();
        assertThat(PartialDate.ofDay(2021, 6, 21).overlaps(PartialDate.ofMonth(2021, 6))).isTrue();
        assertThat(year.overlaps(PartialDate.ofDay(2022, 1, 1))).isFalse();
        assertThat(PartialDate.ofMonth(2021, 5).overlaps(PartialDate.ofMonth(2021, 6))).isFalse();
    }

    @Test
    void ordersByFirstDayThenCoarserFirst() {
        List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.ofDay(2021, 1, 1), PartialDate.ofMonth(2021, 1),
                PartialDate.ofYear(2021), PartialDate.ofDay(2020, 12, 31), PartialDate.ofMonth(2021, 2)));
        dates.sort(null);
        assertThat(dates).containsExactly(PartialDate.ofDay(2020, 12, 31), PartialDate.ofYear(2021), PartialDate.ofMonth(2021, 1),
                PartialDate.ofDay(2021, 1, 1), PartialDate.ofMonth(2021, 2));
    }
}
