package dev.annals.ui.library;

import dev.annals.logic.text.Folding;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryFilterTest {

    private final DocumentSummary doc = new DocumentSummary(1, "Đảng ủy Công an Trung ương tổ chức hội nghị",
            PartialDate.ofMonth(2021, 6), "Cổng TTĐT Bộ Công an", ConferenceKind.SIX_MONTH_REVIEW, 100, "x", 0);

    @Test
    void foldsToneMarksAndDStroke() {
        assertThat(Folding.fold("Đảng ủy Công an")).isEqualTo("dang uy cong an");
    }

    @Test
    void aRenamedDocumentIsMatchedByItsNewTitleNotTheOneFoldedBefore() {
        var filter = new LibraryFilter("hoi nghi", Set.of(), Set.of());
        assertThat(filter.test(doc)).isTrue();
        var renamed = new DocumentSummary(1, "Tổng kết công tác năm", doc.date(), "Báo Nhân Dân", doc.kind(), 100, "x", 0);
        assertThat(filter.test(renamed)).isFalse();
        assertThat(new LibraryFilter("tong ket nhan dan", Set.of(), Set.of()).test(renamed)).isTrue();
        assertThat(filter.test(doc)).isTrue();
    }

    @Test
    void everyWordMustOccurInTitleOrSource() {
        assertThat(new LibraryFilter("dang cong", Set.of(), Set.of()).test(doc)).isTrue();
        assertThat(new LibraryFilter("TTĐT hoi nghi", Set.of(), Set.of()).test(doc)).isTrue();
        assertThat(new LibraryFilter("dang covid", Set.of(), Set.of()).test(doc)).isFalse();
    }

    @Test
    void partialDateMatchesItsYearAndUndatedDocumentsDropOutOnceAYearIsChosen() {
        assertThat(new LibraryFilter("", Set.of(2021), Set.of()).test(doc)).isTrue();
        assertThat(new LibraryFilter("", Set.of(2020, 2022), Set.of()).test(doc)).isFalse();
        DocumentSummary undated = new DocumentSummary(2, "t", null, null, null, 1, "y", 0);
        assertThat(new LibraryFilter("", Set.of(2021), Set.of()).test(undated)).isFalse();
        assertThat(LibraryFilter.NONE.test(undated)).isTrue();
    }

    @Test
    void kindMustBeOneOfTheChosen() {
        assertThat(new LibraryFilter("", Set.of(), Set.of(ConferenceKind.SIX_MONTH_REVIEW, ConferenceKind.ONLINE)).test(doc)).isTrue();
        assertThat(new LibraryFilter("", Set.of(), Set.of(ConferenceKind.ONLINE)).test(doc)).isFalse();
    }

    @Test
    void showsOnlyDocumentsWithoutADateOrWithoutATitleWhenAsked() {
        var dated = new DocumentSummary(1, "Tin", PartialDate.ofYear(2020), null, null, 10, "a", 0);
        var undated = new DocumentSummary(2, "Tin khác", null, null, null, 10, "b", 0);
        var untitled = new DocumentSummary(3, null, PartialDate.ofYear(2021), null, null, 10, "c", 0);
        var noDate = new LibraryFilter("", Set.of(), Set.of(), true, false);
        var noTitle = new LibraryFilter("", Set.of(), Set.of(), false, true);
        assertThat(java.util.List.of(dated, undated, untitled).stream().filter(noDate)).containsExactly(undated);
        assertThat(java.util.List.of(dated, undated, untitled).stream().filter(noTitle)).containsExactly(untitled);
    }

    @Test
    void aFilterNarrowsTheLastWhenEachOfItsWordsGrewOrWasAdded() {
        var hoi = new LibraryFilter("hội", Set.of(), Set.of());
        assertThat(new LibraryFilter("hội n", Set.of(), Set.of()).narrows(hoi)).isTrue();
        assertThat(new LibraryFilter("hoi nghi", Set.of(), Set.of()).narrows(new LibraryFilter("hoi ngh", Set.of(), Set.of()))).isTrue();
        assertThat(new LibraryFilter("nghi hoi", Set.of(), Set.of()).narrows(hoi)).isTrue();
        assertThat(new LibraryFilter("anything", Set.of(), Set.of()).narrows(LibraryFilter.NONE)).isTrue();
    }

    @Test
    void deletedTextOrOtherYearsKindsOrTogglesDoNotNarrow() {
        var hoiNghi = new LibraryFilter("hoi nghi", Set.of(), Set.of());
        assertThat(new LibraryFilter("hoi ngh", Set.of(), Set.of()).narrows(hoiNghi)).isFalse();
        assertThat(new LibraryFilter("hoi", Set.of(), Set.of()).narrows(hoiNghi)).isFalse();
        assertThat(new LibraryFilter("hoi nghi", Set.of(2020), Set.of()).narrows(hoiNghi)).isFalse();
        assertThat(new LibraryFilter("hoi nghi", Set.of(), Set.of(ConferenceKind.ONLINE)).narrows(hoiNghi)).isFalse();
        assertThat(new LibraryFilter("hoi nghi", Set.of(), Set.of(), true, false).narrows(hoiNghi)).isFalse();
        assertThat(new LibraryFilter("hoi nghi so", Set.of(2020), Set.of())
                .narrows(new LibraryFilter("hoi nghi", Set.of(2020), Set.of()))).isTrue();
    }
}
