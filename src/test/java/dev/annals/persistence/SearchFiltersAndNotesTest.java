package dev.annals.persistence;

import dev.annals.logic.search.NoteHit;
import dev.annals.logic.search.SearchFilters;
import dev.annals.logic.search.SearchHit;
import dev.annals.logic.search.SearchRequest;
import dev.annals.logic.search.SearchResults;
import dev.annals.logic.search.ThemeHit;
import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchFiltersAndNotesTest {

    @TempDir
    Path folder;
    SearchLibraryFixture library;
    long y2019;
    long y2020;
    long y2021;
    long undated;
    long crime;
    long drugs;

    @BeforeEach
    void open() {
        library = new SearchLibraryFixture(folder);
        y2019 = library.add("2019", PartialDate.ofYear(2019), ConferenceKind.ANNUAL_NATIONAL, "Hội nghị Công an toàn quốc.");
        y2020 = library.add("2020", PartialDate.ofMonth(2020, 7), ConferenceKind.SIX_MONTH_REVIEW, "Hội nghị sơ kết Công an.");
        y2021 = library.add("2021", PartialDate.ofDay(2021, 12, 29), ConferenceKind.ANNUAL_NATIONAL, "Hội nghị tổng kết Công an.");
        undated = library.add("?", "Hội nghị không rõ ngày của Công an.");
        crime = library.theme("Tội phạm", null);
        drugs = library.theme("Ma túy", crime);
        long other = library.theme("Đối ngoại", null);
        library.annotate(y2020, drugs, 0, 8, "Ghi chú về đường dây ma túy lớn");
        library.annotate(y2021, other, 0, 8, "Hợp tác quốc tế");
        library.annotate(y2019, crime, 0, 8, "");
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<Long> ids(SearchFilters filters) throws Exception {
        return library.search.search(new SearchRequest("công an", filters, 20)).stream().map(SearchHit::docId).toList();
    }

    @Test
    void keepsDocumentsDatedWithinTheYearRange() throws Exception {
        assertThat(ids(new SearchFilters(2020, 2021, null, null))).containsExactlyInAnyOrder(y2020, y2021);
        assertThat(ids(new SearchFilters(2021, null, null, null))).containsExactly(y2021);
        assertThat(ids(new SearchFilters(null, 2019, null, null))).containsExactly(y2019);
        assertThat(ids(SearchFilters.NONE)).hasSize(4);
    }

    @Test
    void keepsDocumentsOfTheConferenceKind() throws Exception {
        assertThat(ids(new SearchFilters(null, null, ConferenceKind.ANNUAL_NATIONAL, null))).containsExactlyInAnyOrder(y2019, y2021);
        assertThat(ids(new SearchFilters(2020, null, ConferenceKind.ANNUAL_NATIONAL, null))).containsExactly(y2021);
    }

    @Test
    void keepsDocumentsAnnotatedWithTheThemeOrASubTheme() throws Exception {
        assertThat(ids(new SearchFilters(null, null, null, "tội phạm"))).containsExactlyInAnyOrder(y2019, y2020);
        assertThat(ids(new SearchFilters(null, null, null, "Ma túy"))).containsExactly(y2020);
        assertThat(ids(new SearchFilters(null, null, null, "không có"))).isEmpty();
    }

    @Test
    void searchesNotesAndThemeNamesWithoutToneMarks() throws Exception {
        SearchResults results = library.search.searchEverything(new SearchRequest("ma tuy", SearchFilters.NONE, 20));
        assertThat(results.documents()).isEmpty();
        assertThat(results.notes()).extracting(NoteHit::docId, NoteHit::theme).containsExactly(org.assertj.core.groups.Tuple.tuple(y2020, "Ma túy"));
        assertThat(results.notes().get(0).note().marked("[", "]")).isEqualTo("Ghi chú về đường dây [ma túy] lớn");
        assertThat(results.themes()).extracting(ThemeHit::name).containsExactly("Ma túy");
        assertThat(library.search.searchEverything(new SearchRequest("doi ngoai", SearchFilters.NONE, 20)).themes())
                .extracting(ThemeHit::themeId).hasSize(1);
    }

    @Test
    void filtersNotesByTheirDocumentAndTheme() throws Exception {
        assertThat(library.search.searchEverything(new SearchRequest("ma túy", new SearchFilters(2021, null, null, null), 20)).notes()).isEmpty();
        assertThat(library.search.searchEverything(new SearchRequest("quốc tế", new SearchFilters(null, null, null, "Đối ngoại"), 20)).notes()).hasSize(1);
        assertThat(library.search.searchEverything(new SearchRequest("quốc tế", new SearchFilters(null, null, null, "Tội phạm"), 20)).notes()).isEmpty();
    }

    @Test
    void countsAllMatchingDocumentsBeyondTheLimit() throws Exception {
        SearchResults results = library.search.searchEverything(new SearchRequest("hội nghị", SearchFilters.NONE, 2));
        assertThat(results.documents()).hasSize(2);
        assertThat(results.totalDocuments()).isEqualTo(4);
    }

    @Test
    void aThemeNameTypedWithoutToneMarksFiltersAsTheExactOneDoes() throws Exception {
        assertThat(ids(new SearchFilters(null, null, null, "toi pham"))).containsExactlyInAnyOrder(y2019, y2020);
        assertThat(ids(new SearchFilters(null, null, null, "  TỘI PHẠM "))).containsExactlyInAnyOrder(y2019, y2020);
        assertThat(ids(new SearchFilters(null, null, null, "ma tuy"))).containsExactly(y2020);
    }

    @Test
    void aThemeThatDoesNotExistMatchesNothingRatherThanEverything() throws Exception {
        assertThat(ids(new SearchFilters(null, null, null, "không có chủ đề này"))).isEmpty();
        SearchResults everything = library.search.searchEverything(new SearchRequest("ghi chú", new SearchFilters(null, null, null, "không có"), 20));
        assertThat(everything.notes()).isEmpty();
        assertThat(everything.totalDocuments()).isZero();
    }

    @Test
    void theThemeFilterOfNotesTakesSubThemesToo() throws Exception {
        SearchResults found = library.search.searchEverything(new SearchRequest("ma tuy", new SearchFilters(null, null, null, "toi pham"), 20));
        assertThat(found.notes()).extracting(NoteHit::docId).containsExactly(y2020);
    }
}
