package dev.annals.ui.search;

import dev.annals.testing.RecordingNavigator;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SearchViewModelTest {

    @TempDir
    Path folder;
    SearchLibrary library;
    RecordingNavigator navigator = new RecordingNavigator();
    SearchViewModel model;
    long first;
    long second;

    @BeforeEach
    void open() {
        library = new SearchLibrary(folder);
        first = library.add("Sơ kết 2020", 2020, "😃 Đảng ủy Công an Trung ương họp sơ kết.");
        second = library.add("Tổng kết 2021", 2021, "Hội nghị Công an toàn quốc, Công an các địa phương.");
        model = new SearchViewModel(library.search, new SameThreadBackgroundTasks(), navigator, new I18n(Locale.ENGLISH), new FxLibraryChanges(library.changes, Runnable::run));
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void asksToTypeBeforeAnyQuery() {
        model.search();
        assertThat(model.stateProperty().get()).isEqualTo(SearchViewModel.State.IDLE);
        assertThat(model.messageProperty().get()).isEqualTo("Type to search the texts, notes and themes.");
        assertThat(model.results()).isEmpty();
    }

    @Test
    void showsHitsBestFirstWithTheirCount() {
        model.queryProperty().set("cong an");
        model.search();
        assertThat(model.stateProperty().get()).isEqualTo(SearchViewModel.State.RESULTS);
        assertThat(model.results()).hasSize(2);
        assertThat(((ResultItem.DocumentResult) model.results().get(0)).hit().docId()).isEqualTo(second);
        assertThat(model.messageProperty().get()).isEqualTo("2 documents · no notes · no themes");
        assertThat(model.selectedIndexProperty().get()).isZero();
    }

    @Test
    void saysSoWhenNothingMatches() {
        model.queryProperty().set("ma túy");
        model.search();
        assertThat(model.stateProperty().get()).isEqualTo(SearchViewModel.State.NO_RESULTS);
        assertThat(model.messageProperty().get()).isEqualTo("No results for “ma túy”.");
    }

    @Test
    void explainsAQueryThatOnlyExcludes() {
        model.queryProperty().set("-công");
        model.search();
        assertThat(model.stateProperty().get()).isEqualTo(SearchViewModel.State.INVALID);
        assertThat(model.messageProperty().get()).contains("only excludes");
    }

    @Test
    void treatsPunctuationAloneAsNothingTyped() {
        model.queryProperty().set("\" * -");
        model.search();
        assertThat(model.stateProperty().get()).isEqualTo(SearchViewModel.State.IDLE);
    }

    @Test
    void appliesTheYearFilter() {
        model.queryProperty().set("công an");
        model.fromYearProperty().set(2021);
        model.search();
        assertThat(model.results()).extracting(r -> ((ResultItem.DocumentResult) r).hit().docId()).containsExactly(second);
    }

    @Test
    void movesTheSelectionWithinTheListAndOpensTheHit() {
        model.queryProperty().set("đảng");
        model.search();
        model.selectPrevious();
        assertThat(model.selectedIndexProperty().get()).isZero();
        model.selectNext();
        assertThat(model.selectedIndexProperty().get()).isZero();
        model.openSelected();
        assertThat(navigator.visits).containsExactly("document " + first + " [2,6)");
    }

    @Test
    void opensTheBestHitWhenAskedBeforeTheResultsArrive() {
        model.queryProperty().set("toàn quốc");
        model.searchThenOpenFirst();
        assertThat(navigator.visits).hasSize(1).first().asString().startsWith("document " + second + " [");
    }

    @Test
    void rebuildsTheIndexAndSearchesAgain() {
        model.queryProperty().set("sơ kết");
        model.rebuildIndex();
        assertThat(model.results()).hasSize(1);
    }

    @Test
    void resultsFollowDocumentsAddedAfterTheSearchAndKeepTheSelectedRow() {
        model.queryProperty().set("cong an");
        model.search();
        model.selectNext();
        long third = library.add("Sơ kết 2022", 2022, "Công an tỉnh sơ kết.");
        library.changes.publish(dev.annals.logic.changes.LibraryChange.documentsAdded(java.util.Set.of(third)));
        assertThat(model.results()).hasSize(3);
        assertThat(model.selectedIndexProperty().get()).isEqualTo(1);
    }

    @Test
    void noChangeStartsASearchNobodyAskedFor() {
        library.changes.publish(dev.annals.logic.changes.LibraryChange.documentsAdded(java.util.Set.of(first)));
        assertThat(model.stateProperty().get()).isEqualTo(SearchViewModel.State.IDLE);
        assertThat(model.results()).isEmpty();
    }

    @Test
    void theThemeFilterListFollowsTheCodebook() {
        model.loadThemes();
        assertThat(model.themeNames()).isEmpty();
        new dev.annals.persistence.SqliteThemeStore(library.db).insert(new dev.annals.model.Theme(0, "Công an xã", "#E69F00", null, "", 0));
        library.changes.publish(dev.annals.logic.changes.LibraryChange.themes(java.util.Set.of()));
        assertThat(model.themeNames()).containsExactly("Công an xã");
    }

    @Test
    void criteriaAskedBeforeCanBeAskedAgain() {
        model.queryProperty().set("công an");
        model.fromYearProperty().set(2021);
        SearchViewModel.Criteria asked = model.criteria();
        SearchViewModel again = new SearchViewModel(library.search, new SameThreadBackgroundTasks(), navigator, I18n.forLanguage("vi"),
                new FxLibraryChanges(library.changes, Runnable::run));
        again.restore(asked);
        assertThat(again.queryProperty().get()).isEqualTo("công an");
        assertThat(again.fromYearProperty().get()).isEqualTo(2021);
        assertThat(again.results()).extracting(r -> ((ResultItem.DocumentResult) r).hit().docId()).containsExactly(second);
        assertThat(again.messageProperty().get()).startsWith("1 văn bản");
    }
}
