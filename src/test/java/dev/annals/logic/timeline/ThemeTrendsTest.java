package dev.annals.logic.timeline;

import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;
import dev.annals.model.Theme;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeTrendsTest {

    private final Theme crime = new Theme(10, "Crime", "#d1242f", null, "", 0);
    private final Theme covid = new Theme(11, "Covid-19", "#1a7f37", null, "", 1);
    private final Theme unused = new Theme(12, "Unused", "#0969da", null, "", 2);
    private final List<Conference> conferences = List.of(
            new Conference(1, "2020", PartialDate.ofYear(2020), ConferenceKind.SIX_MONTH_REVIEW, List.of(1L)),
            new Conference(2, "June", PartialDate.ofDay(2021, 6, 21), ConferenceKind.SIX_MONTH_REVIEW, List.of(2L)),
            new Conference(3, "Aug", PartialDate.ofDay(2021, 8, 17), ConferenceKind.ONLINE, List.of(3L)));
    private final Map<Long, Map<Long, Integer>> counts = Map.of(
            1L, Map.of(10L, 2),
            2L, Map.of(10L, 1, 11L, 4),
            3L, Map.of(11L, 3));

    @Test
    void countsAnnotationsPerThemeAndQuarterWithYearOnlyDatesInAWholeYearColumn() {
        var trend = ThemeTrends.compute(conferences, counts, List.of(crime, covid, unused), Granularity.QUARTER);

        assertThat(trend.periods()).containsExactly(
                new Period(2020, 0), new Period(2020, 1), new Period(2020, 2), new Period(2020, 3), new Period(2020, 4),
                new Period(2021, 1), new Period(2021, 2), new Period(2021, 3), new Period(2021, 4));
        assertThat(trend.themes()).containsExactly(crime, covid);
        assertThat(trend.counts().get(10L)).containsExactly(2, 0, 0, 0, 0, 0, 1, 0, 0);
        assertThat(trend.counts().get(11L)).containsExactly(0, 0, 0, 0, 0, 0, 4, 3, 0);
        assertThat(trend.max()).isEqualTo(4);
    }

    @Test
    void countsPerYear() {
        var trend = ThemeTrends.compute(conferences, counts, List.of(crime, covid), Granularity.YEAR);

        assertThat(trend.periods()).containsExactly(new Period(2020, 0), new Period(2021, 0));
        assertThat(trend.counts().get(11L)).containsExactly(0, 7);
    }

    @Test
    void periodsGiveTheDateRangeForTheThemeBrowser() {
        assertThat(new Period(2021, 3).from()).isEqualTo(PartialDate.ofMonth(2021, 7));
        assertThat(new Period(2021, 3).to()).isEqualTo(PartialDate.ofMonth(2021, 9));
        assertThat(new Period(2020, 0).from()).isEqualTo(PartialDate.ofYear(2020));
    }

    @Test
    void noConferencesGiveAnEmptyTrend() {
        assertThat(ThemeTrends.compute(List.of(), Map.of(), List.of(crime), Granularity.YEAR).isEmpty()).isTrue();
    }
}
