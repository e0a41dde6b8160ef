package dev.annals.ui.library;

import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FilteredRowsTest {

    private static final ConferenceKind[] KINDS = ConferenceKind.values();
    private final List<DocumentSummary> library = library();
    private final FilteredRows rows = new FilteredRows();

    /** 300 documents over ten years, every third a conference "Hội nghị số N", every fifth by the Đảng ủy. */
    private static List<DocumentSummary> library() {
        List<DocumentSummary> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String title = (i % 3 == 0 ? "Hội nghị số " + i : "Tin tức " + i) + (i % 5 == 0 ? " của Đảng ủy" : "");
            PartialDate date = i % 7 == 0 ? null : PartialDate.ofYear(2015 + i % 10);
            docs.add(new DocumentSummary(i, title, date, i % 2 == 0 ? "Báo Công an" : "Nhân Dân", KINDS[i % KINDS.length], 100, "s" + i, 0));
        }
        return docs;
    }

    private List<DocumentSummary> everyOneThrough(LibraryFilter filter) {
        return library.stream().filter(filter).toList();
    }

    private static LibraryFilter text(String text) {
        return new LibraryFilter(text, Set.of(), Set.of());
    }

    @Test
    void typingOnTestsOnlyTheRowsTheShorterTextLetThrough() {
        rows.arrange(ListedDocuments.of(library), null);
        List<DocumentSummary> conferences = rows.apply(text("hoi nghi"));
        assertThat(rows.tested()).isEqualTo(300);
        assertThat(conferences).hasSize(100).containsExactlyElementsOf(everyOneThrough(text("hoi nghi")));

        List<DocumentSummary> fifteen = rows.apply(text("hoi nghi so 15"));
        assertThat(rows.tested()).isEqualTo(100);
        assertThat(fifteen).extracting(DocumentSummary::title).containsExactly("Hội nghị số 15 của Đảng ủy", "Hội nghị số 150 của Đảng ủy",
                "Hội nghị số 153", "Hội nghị số 156", "Hội nghị số 159");
    }

    @Test
    void deletingTextTestsTheWholeLibraryAgain() {
        rows.arrange(ListedDocuments.of(library), null);
        rows.apply(text("hoi nghi so 15"));
        List<DocumentSummary> wider = rows.apply(text("hoi nghi so 1"));
        assertThat(rows.tested()).isEqualTo(300);
        assertThat(wider).containsExactlyElementsOf(everyOneThrough(text("hoi nghi so 1")));
        assertThat(rows.apply(text(""))).containsExactlyElementsOf(library);
    }

    @Test
    void toneMarksAndDStrokeAreOptionalOnBothSides() {
        rows.arrange(ListedDocuments.of(library), null);
        List<DocumentSummary> folded = rows.apply(text("dang uy"));
        assertThat(folded).hasSize(60).allSatisfy(d -> assertThat(d.title()).endsWith("của Đảng ủy"));
        assertThat(rows.apply(text("Đảng ỦY"))).containsExactlyElementsOf(folded);
        assertThat(rows.apply(text("cong AN dang"))).containsExactlyElementsOf(everyOneThrough(text("dang cong an")))
                .allSatisfy(d -> assertThat(d.source()).isEqualTo("Báo Công an"));
    }

    @Test
    void choosingYearsOrKindsFiltersTheWholeLibraryAgainWithTheText() {
        rows.arrange(ListedDocuments.of(library), null);
        rows.apply(text("hoi nghi"));
        var years = new LibraryFilter("hoi nghi", Set.of(2018, 2020), Set.of());
        assertThat(rows.apply(years)).isNotEmpty().containsExactlyElementsOf(everyOneThrough(years))
                .allSatisfy(d -> assertThat(d.date().year()).isIn(2018, 2020));
        var kinds = new LibraryFilter("hoi nghi", Set.of(2018, 2020), Set.of(KINDS[0]));
        assertThat(rows.apply(kinds)).containsExactlyElementsOf(everyOneThrough(kinds));
        var noDate = new LibraryFilter("", Set.of(), Set.of(), true, false);
        assertThat(rows.apply(noDate)).hasSize(43).allSatisfy(d -> assertThat(d.date()).isNull());
    }

    @Test
    void anOrderIsMadeOnceAndTheFilterKeepsIt() {
        Comparator<DocumentSummary> byTitleDescending = Comparator.comparing(DocumentSummary::title).reversed();
        rows.arrange(ListedDocuments.of(library), byTitleDescending);
        List<DocumentSummary> all = rows.apply(LibraryFilter.NONE);
        assertThat(all).hasSize(300).isSortedAccordingTo(byTitleDescending);
        assertThat(rows.apply(text("hoi nghi so 2"))).isNotEmpty().isSortedAccordingTo(byTitleDescending)
                .containsExactlyInAnyOrderElementsOf(everyOneThrough(text("hoi nghi so 2")));

        rows.arrange(ListedDocuments.of(library), null);
        assertThat(rows.apply(text("hoi nghi so 2"))).containsExactlyElementsOf(everyOneThrough(text("hoi nghi so 2")));
    }

    @Test
    void documentsThatSortAlikeKeepTheirListedOrder() {
        rows.arrange(ListedDocuments.of(library), Comparator.comparing(DocumentSummary::source));
        List<DocumentSummary> sorted = rows.apply(LibraryFilter.NONE);
        assertThat(sorted.subList(0, 150)).extracting(DocumentSummary::id).isSorted();
        assertThat(sorted.subList(150, 300)).extracting(DocumentSummary::id).isSorted();
    }

    @Test
    void theFirstPageKnowsTheLibraryIsLarger() {
        var page = ListedDocuments.firstPage(new dev.annals.logic.library.DocumentPage(library.subList(0, 20), 300));
        assertThat(page.complete()).isFalse();
        assertThat(page.total()).isEqualTo(300);
        rows.arrange(page, null);
        assertThat(rows.apply(text("hoi nghi"))).containsExactlyElementsOf(library.subList(0, 20).stream().filter(text("hoi nghi")).toList());
        assertThat(ListedDocuments.firstPage(new dev.annals.logic.library.DocumentPage(library.subList(0, 20), 20)).complete()).isTrue();
    }
}
