package dev.annals.ui.search;

import dev.annals.testing.RecordingNavigator;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.search.SearchFilters;
import dev.annals.model.Span;
import dev.annals.model.Theme;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TagHitsViewModelTest {

    @TempDir
    Path folder;
    SearchLibrary library;
    long first;
    long second;
    Theme security;
    final List<LibraryChange> heard = new ArrayList<>();

    @BeforeEach
    void open() {
        library = new SearchLibrary(folder);
        first = library.add("Sơ kết 2020", 2020, "Giữ vững an ninh trật tự; an ninh nông thôn.");
        second = library.add("Tổng kết 2021", 2021, "Bảo đảm an ninh mạng.");
        security = library.annotate.themes().create("an ninh", null, null, null);
        library.annotate.themes().create("chuyển đổi số", null, null, null);
        library.changes.subscribe(heard::add);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private TagHitsViewModel model(Locale locale, String query, SearchFilters filters) {
        TagHitsViewModel model = new TagHitsViewModel(library.autoCoder, new SameThreadBackgroundTasks(), new I18n(locale), query, filters);
        model.load("an ninh");
        return model;
    }

    @Test
    void listsEveryHitCheckedWithTheFilterThemeChosen() {
        TagHitsViewModel model = model(Locale.ENGLISH, "\"an ninh\"", SearchFilters.NONE);

        assertThat(model.themeProperty().get()).isEqualTo(security);
        assertThat(model.rows()).hasSize(3).allMatch(TagHitRow::isChecked);
        assertThat(model.rows().get(0).context()).isEqualTo("Giữ vững [an ninh] trật tự; an ninh nông thôn.");
        assertThat(model.messageProperty().get()).isEqualTo("3 hits · none already tagged with an ninh");
        assertThat(model.actionTextProperty().get()).isEqualTo("Tag 3 passages with an ninh");
    }

    @Test
    void tagsEveryCheckedHitAsOneUndoableStep() {
        TagHitsViewModel model = model(Locale.ENGLISH, "\"an ninh\"", SearchFilters.NONE);
        model.toggle(model.rows().get(1));

        assertThat(model.actionTextProperty().get()).isEqualTo("Tag 2 passages with an ninh");
        model.tagChecked();

        assertThat(model.doneProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).isEqualTo("Tagged 2 passages with an ninh.");
        assertThat(library.annotate.annotations().forDocument(first)).extracting(a -> a.anchor().start()).containsExactly(9);
        assertThat(library.annotate.annotations().forDocument(second)).hasSize(1);
        assertThat(heard).hasSize(1);
        library.annotate.undoHistory().undo();
        assertThat(library.annotate.annotations().count()).isZero();
    }

    @Test
    void hitsTheThemeAlreadyHasAreShownButCannotBeChecked() {
        library.annotate.annotations().tag(second, security.id(), new Span(8, 15), null);
        TagHitsViewModel model = model(Locale.ENGLISH, "\"an ninh\"", SearchFilters.NONE);

        TagHitRow covered = model.rows().get(2);
        assertThat(covered.taggable()).isFalse();
        assertThat(covered.isChecked()).isFalse();
        model.toggle(covered);
        model.setAll(true);
        assertThat(covered.isChecked()).isFalse();
        assertThat(model.checkedCountProperty().get()).isEqualTo(2);
        assertThat(model.messageProperty().get()).isEqualTo("3 hits · 1 already tagged with an ninh");
    }

    @Test
    void choosingAnotherThemeListsTheHitsAgainForIt() {
        library.annotate.annotations().tag(second, security.id(), new Span(8, 15), null);
        TagHitsViewModel model = model(Locale.ENGLISH, "\"an ninh\"", SearchFilters.NONE);
        model.themeProperty().set(model.themes().get(1));

        assertThat(model.rows()).allMatch(TagHitRow::isChecked);
        assertThat(model.actionTextProperty().get()).isEqualTo("Tag 3 passages with chuyển đổi số");
        model.setAll(false);
        assertThat(model.actionTextProperty().get()).isEqualTo("Tag no passages with chuyển đổi số");
        model.tagChecked();
        assertThat(model.doneProperty().get()).isFalse();
    }

    @Test
    void keepsTheSearchFiltersAndSpeaksVietnamese() {
        TagHitsViewModel model = model(Locale.forLanguageTag("vi-VN"), "an ninh", new SearchFilters(2021, null, null, null));

        assertThat(model.rows()).singleElement().satisfies(r -> assertThat(r.candidate().hit().docId()).isEqualTo(second));
        assertThat(model.actionTextProperty().get()).isEqualTo("Gắn 1 đoạn với chủ đề an ninh");
        assertThat(model.messageProperty().get()).isEqualTo("1 kết quả · 0 đã gắn chủ đề an ninh");
    }

    @Test
    void theSearchOffersTaggingOnlyWhenDocumentsWereFound() {
        var search = new SearchViewModel(library.search, library.autoCoder, new SameThreadBackgroundTasks(), new RecordingNavigator(),
                new I18n(Locale.ENGLISH), new FxLibraryChanges(library.changes, Runnable::run));
        search.queryProperty().set("khong co");
        search.search();
        assertThat(search.canTagHitsProperty().get()).isFalse();
        search.queryProperty().set("an ninh");
        search.fromYearProperty().set(2021);
        search.search();
        assertThat(search.canTagHitsProperty().get()).isTrue();
        TagHitsViewModel tagging = search.tagHits();
        tagging.load(null);
        assertThat(tagging.query()).isEqualTo("an ninh");
        assertThat(tagging.rows()).hasSize(1);
    }
}
