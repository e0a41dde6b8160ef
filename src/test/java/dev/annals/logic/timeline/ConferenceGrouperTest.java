package dev.annals.logic.timeline;

import dev.annals.logic.timeline.StoredConference.Link;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DatePrecision;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.annals.model.ConferenceKind.ANNUAL_NATIONAL;
import static dev.annals.model.ConferenceKind.SIX_MONTH_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

class ConferenceGrouperTest {

    private static DocumentSummary doc(long id, PartialDate date, ConferenceKind kind) {
        return new DocumentSummary(id, "doc " + id, date, "src", kind, 100, "sha" + id, 0);
    }

    @Test
    void groupsArticlesOfTheSameKindWithOverlappingDatesUnderTheMostPreciseDate() {
        var result = ConferenceGrouper.regroup(List.of(), List.of(
                doc(1, PartialDate.ofMonth(2021, 12), ANNUAL_NATIONAL),
                doc(2, PartialDate.ofDay(2021, 12, 29), ANNUAL_NATIONAL),
                doc(3, PartialDate.ofYear(2021), ANNUAL_NATIONAL)));

        assertThat(result).hasSize(1);
        assertThat(result.get(0).date()).isEqualTo(PartialDate.ofDay(2021, 12, 29));
        assertThat(result.get(0).docIds()).containsExactly(1L, 2L, 3L);
        assertThat(result.get(0).edited()).isFalse();
    }

    @Test
    void keepsDifferentKindsOnTheSameDayApart() {
        var result = ConferenceGrouper.regroup(List.of(), List.of(
                doc(1, PartialDate.ofDay(2021, 6, 21), SIX_MONTH_REVIEW),
                doc(2, PartialDate.ofDay(2021, 6, 21), ANNUAL_NATIONAL)));

        assertThat(result).extracting(StoredConference::kind).containsExactlyInAnyOrder(SIX_MONTH_REVIEW, ANNUAL_NATIONAL);
    }

    @Test
    void keepsDifferentDaysOfTheSameKindApart() {
        var result = ConferenceGrouper.regroup(List.of(), List.of(
                doc(1, PartialDate.ofDay(2021, 6, 21), SIX_MONTH_REVIEW),
                doc(2, PartialDate.ofDay(2021, 12, 20), SIX_MONTH_REVIEW)));

        assertThat(result).hasSize(2);
    }

    @Test
    void yearDateThatFitsTwoConferencesStartsItsOwnAtYearPrecision() {
        var result = ConferenceGrouper.regroup(List.of(), List.of(
                doc(1, PartialDate.ofDay(2021, 6, 21), SIX_MONTH_REVIEW),
                doc(2, PartialDate.ofDay(2021, 12, 20), SIX_MONTH_REVIEW),
                doc(3, PartialDate.ofYear(2021), SIX_MONTH_REVIEW),
                doc(4, PartialDate.ofYear(2021), SIX_MONTH_REVIEW)));

        assertThat(result).hasSize(3);
        var yearOnly = result.stream().filter(c -> c.date().precision() == DatePrecision.YEAR).toList();
        assertThat(yearOnly).singleElement().satisfies(c -> assertThat(c.docIds()).containsExactly(3L, 4L));
    }

    @Test
    void leavesUndatedArticlesOffTheTimelineAndFilesUnknownKindsUnderOther() {
        var result = ConferenceGrouper.regroup(List.of(), List.of(
                doc(1, null, SIX_MONTH_REVIEW),
                doc(2, PartialDate.ofDay(2022, 3, 1), null)));

        assertThat(result).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConferenceKind.OTHER);
            assertThat(c.docIds()).containsExactly(2L);
        });
    }

    @Test
    void keepsTheIdOfADerivedConferenceThatKeepsItsDocuments() {
        var old = new StoredConference(42, null, PartialDate.ofDay(2021, 6, 21), SIX_MONTH_REVIEW, false, List.of(new Link(1, false)));

        var result = ConferenceGrouper.regroup(List.of(old), List.of(
                doc(1, PartialDate.ofDay(2021, 6, 21), SIX_MONTH_REVIEW),
                doc(2, PartialDate.ofMonth(2021, 6), SIX_MONTH_REVIEW)));

        assertThat(result).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(42);
            assertThat(c.docIds()).containsExactly(1L, 2L);
        });
    }

    @Test
    void editedConferenceKeepsItsDateAndDocumentsEvenWhenTheirMetadataChanges() {
        var edited = new StoredConference(7, "Renamed", PartialDate.ofYear(2020), SIX_MONTH_REVIEW, true, List.of(new Link(1, true)));

        var result = ConferenceGrouper.regroup(List.of(edited), List.of(doc(1, PartialDate.ofDay(2023, 1, 5), ANNUAL_NATIONAL)));

        assertThat(result).singleElement().isEqualTo(edited);
    }

    @Test
    void groupsAsComparingEachArticleWithEveryConferenceWould() {
        java.util.Random random = new java.util.Random(11);
        ConferenceKind[] kinds = {ANNUAL_NATIONAL, SIX_MONTH_REVIEW, null};
        List<DocumentSummary> docs = new java.util.ArrayList<>();
        for (long id = 1; id <= 3000; id++) {
            int year = 2020 + random.nextInt(3), month = 1 + random.nextInt(12), day = 1 + random.nextInt(28);
            PartialDate date = switch (random.nextInt(10)) {
                case 0 -> PartialDate.ofYear(year);
                case 1, 2 -> PartialDate.ofMonth(year, month);
                default -> PartialDate.ofDay(year, month, day);
            };
            docs.add(doc(id, date, kinds[random.nextInt(kinds.length)]));
        }
        var edited = new StoredConference(99, "Sửa tay", PartialDate.ofMonth(2021, 6), ANNUAL_NATIONAL, true,
                List.of(new Link(5, true)));

        var result = ConferenceGrouper.regroup(List.of(edited), docs);

        assertThat(result.stream().map(c -> c.date() + " " + c.kind() + " " + c.docIds().stream().sorted().toList()).toList())
                .containsExactlyInAnyOrderElementsOf(linearGrouping(edited, docs));
    }

    /** The rule of ADR 0700 written the plain way: each article looks at every conference made so far. */
    private static List<String> linearGrouping(StoredConference edited, List<DocumentSummary> docs) {
        record G(PartialDate date, ConferenceKind kind, List<Long> ids) {
        }
        List<G> groups = new java.util.ArrayList<>();
        groups.add(new G(edited.date(), edited.kind(), new java.util.ArrayList<>(List.of(5L))));
        List<DocumentSummary> free = docs.stream().filter(d -> d.id() != 5)
                .sorted(java.util.Comparator.comparing((DocumentSummary d) -> -d.date().precision().ordinal())
                        .thenComparing(d -> d.date().firstDay()).thenComparingLong(DocumentSummary::id)).toList();
        for (DocumentSummary d : free) {
            ConferenceKind kind = ConferenceGrouper.kindOf(d);
            List<G> fits = groups.stream().filter(g -> g.kind() == kind && g.date().overlaps(d.date())).toList();
            G target = fits.size() == 1 ? fits.get(0) : fits.stream().filter(g -> g.date().equals(d.date())).findFirst().orElse(null);
            if (target == null) {
                target = new G(d.date(), kind, new java.util.ArrayList<>());
                groups.add(target);
            }
            target.ids().add(d.id());
        }
        return groups.stream().map(g -> g.date() + " " + g.kind() + " " + g.ids().stream().sorted().toList()).toList();
    }
}
