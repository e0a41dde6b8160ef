package dev.annals.logic.timeline;

import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.annals.model.ConferenceKind.ANNUAL_NATIONAL;
import static dev.annals.model.ConferenceKind.ONLINE;
import static dev.annals.model.ConferenceKind.SIX_MONTH_REVIEW;
import static dev.annals.model.ConferenceKind.THEMATIC_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimelineLayoutTest {

    private static final List<ConferenceKind> ALL_LANES = List.of(ConferenceKind.values());
    /** 2020-01-01 to 2025-01-01 on 1827 px: one pixel per day. */
    private static final TimeWindow FIVE_YEARS = TimeWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
    private static final double ONE_PX_PER_DAY = FIVE_YEARS.days();

    private static Conference conference(long id, PartialDate date, ConferenceKind kind) {
        return new Conference(id, "c" + id, date, kind, List.of(id));
    }

    private static List<Conference> seeds() {
        return List.of(
                conference(5, PartialDate.ofDay(2024, 11, 20), THEMATIC_REVIEW),
                conference(1, PartialDate.ofYear(2020), SIX_MONTH_REVIEW),
                conference(2, PartialDate.ofDay(2021, 6, 21), SIX_MONTH_REVIEW),
                conference(4, PartialDate.ofDay(2021, 12, 29), ANNUAL_NATIONAL),
                conference(3, PartialDate.ofDay(2021, 8, 17), ONLINE));
    }

    @Test
    void placesDaysAtTheirDayAndPartialDatesAsSpansOverTheirWholeYearOrMonth() {
        var layout = new TimelineLayout(List.of(
                conference(1, PartialDate.ofYear(2020), SIX_MONTH_REVIEW),
                conference(2, PartialDate.ofMonth(2021, 6), SIX_MONTH_REVIEW),
                conference(3, PartialDate.ofDay(2021, 8, 17), ONLINE)));

        var placed = layout.place(FIVE_YEARS, ONE_PX_PER_DAY, ALL_LANES);

        assertThat(placed.get(0).x()).isCloseTo(0, within(1e-9));
        assertThat(placed.get(0).width()).isCloseTo(366, within(1e-9));
        assertThat(placed.get(0).span()).isTrue();
        double june2021 = LocalDate.of(2021, 6, 1).toEpochDay() - LocalDate.of(2020, 1, 1).toEpochDay();
        assertThat(placed.get(1).x()).isCloseTo(june2021, within(1e-9));
        assertThat(placed.get(1).width()).isCloseTo(30, within(1e-9));
        assertThat(placed.get(1).span()).isTrue();
        double aug17 = LocalDate.of(2021, 8, 17).toEpochDay() - LocalDate.of(2020, 1, 1).toEpochDay();
        assertThat(placed.get(2).x()).isCloseTo(aug17, within(1e-9));
        assertThat(placed.get(2).width()).isCloseTo(1, within(1e-9));
        assertThat(placed.get(2).span()).isFalse();
    }

    @Test
    void ordersConferencesOldestFirstWithOneLanePerKind() {
        var layout = new TimelineLayout(seeds());
        var lanes = List.of(SIX_MONTH_REVIEW, ANNUAL_NATIONAL, THEMATIC_REVIEW, ONLINE);

        var placed = layout.place(FIVE_YEARS, 1000, lanes);

        assertThat(placed).extracting(p -> p.conference().id()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(placed).extracting(PlacedConference::lane).containsExactly(0, 0, 3, 1, 2);
        assertThat(placed).extracting(PlacedConference::index).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void placesOnlyVisibleConferencesAndThoseOfShownKinds() {
        var layout = new TimelineLayout(seeds());
        var year2021 = TimeWindow.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1));

        assertThat(layout.place(year2021, 800, ALL_LANES)).extracting(p -> p.conference().id()).containsExactly(2L, 3L, 4L);
        assertThat(layout.place(year2021, 800, List.of(ONLINE))).extracting(p -> p.conference().id()).containsExactly(3L);
    }

    @Test
    void yearSpanStartingBeforeTheWindowIsStillPlaced() {
        var layout = new TimelineLayout(seeds());
        var autumn2020 = TimeWindow.of(LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 1));

        var placed = layout.place(autumn2020, 900, ALL_LANES);

        assertThat(placed).singleElement().satisfies(p -> {
            assertThat(p.conference().id()).isEqualTo(1);
            assertThat(p.x()).isNegative();
            assertThat(p.x() + p.width()).isGreaterThan(900);
        });
    }

    @Test
    void ticksAreYearsQuartersOrMonthsDependingOnZoom() {
        var twentyYears = TimeWindow.of(LocalDate.of(2005, 1, 1), LocalDate.of(2025, 1, 1));
        var oneYear = TimeWindow.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1));

        assertThat(Ticks.unitFor(twentyYears, 1000)).isEqualTo(TickUnit.YEAR);
        assertThat(Ticks.unitFor(FIVE_YEARS, 1000)).isEqualTo(TickUnit.QUARTER);
        assertThat(Ticks.unitFor(oneYear, 1000)).isEqualTo(TickUnit.MONTH);

        assertThat(Ticks.ticks(twentyYears, 1000)).allMatch(Tick::major).hasSize(20);
        assertThat(Ticks.ticks(FIVE_YEARS, 1000)).hasSize(20).filteredOn(Tick::major).hasSize(5);
        var months = Ticks.ticks(oneYear, 1000);
        assertThat(months).hasSize(12);
        assertThat(months.get(5).date()).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(months.get(5).x()).isCloseTo(oneYear.x(LocalDate.of(2021, 6, 1).toEpochDay(), 1000), within(1e-9));
    }

    @Test
    void labelsEveryFewYearsWhenYearsAreTooNarrow() {
        var century = TimeWindow.of(LocalDate.of(1925, 1, 1), LocalDate.of(2025, 1, 1));

        var ticks = Ticks.ticks(century, 1000);

        assertThat(ticks).isNotEmpty().allMatch(t -> t.date().getYear() % 5 == 0);
    }

    @Test
    void lays5000ConferencesOverTwentyYearsWithOnlyTheVisibleOnesForAZoomedWindow() {
        List<Conference> many = new ArrayList<>();
        LocalDate start = LocalDate.of(2005, 1, 1);
        for (int i = 0; i < 5000; i++) {
            LocalDate d = start.plusDays(i * 7300L / 5000);
            many.add(conference(i + 1, PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), ConferenceKind.values()[i % 5]));
        }
        var layout = new TimelineLayout(many);
        var oneMonth = TimeWindow.of(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 4, 1));

        var placed = layout.place(oneMonth, 1200, ALL_LANES);

        assertThat(placed).hasSizeBetween(20, 23)
                .allMatch(p -> p.x() >= 0 && p.x() < 1200);
    }
}
