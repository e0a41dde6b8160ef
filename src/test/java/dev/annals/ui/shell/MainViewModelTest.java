package dev.annals.ui.shell;

import dev.annals.logic.LibraryCounts;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MainViewModelTest {

    private final UserSettings settings = new UserSettings(SettingsStore.inMemory());
    private final MainViewModel model = new MainViewModel(settings, new SameThreadBackgroundTasks(), I18n.forLanguage("en"), () -> new LibraryCounts(0, 0),
            new FxLibraryChanges(new LibraryChanges(), Runnable::run));
    private final ShellHooks hooks = new ShellHooks();
    private final ShellNavigator navigator = new ShellNavigator(model, hooks);

    @Test
    void startsOnTheLastViewAndRemembersTheNextOne() {
        settings.setLastView(Section.THEMES);
        MainViewModel reopened = new MainViewModel(settings, new SameThreadBackgroundTasks(), I18n.forLanguage("en"), () -> new LibraryCounts(0, 0),
            new FxLibraryChanges(new LibraryChanges(), Runnable::run));
        assertThat(reopened.sectionProperty().get()).isEqualTo(Section.THEMES);

        reopened.show(Section.SEARCH);
        assertThat(settings.lastView()).contains(Section.SEARCH);
    }

    @Test
    void zoomStepsByTenthsWithinBoundsAndIsSaved() {
        model.zoomIn();
        model.zoomIn();
        assertThat(model.uiScaleProperty().get()).isEqualTo(1.2);
        assertThat(settings.uiScale()).isEqualTo(1.2);
        for (int i = 0; i < 20; i++) model.zoomIn();
        assertThat(model.uiScaleProperty().get()).isEqualTo(UserSettings.MAX_SCALE);
        assertThat(model.canZoomIn()).isFalse();
        for (int i = 0; i < 20; i++) model.zoomOut();
        assertThat(model.uiScaleProperty().get()).isEqualTo(UserSettings.MIN_SCALE);
        model.resetZoom();
        assertThat(model.uiScaleProperty().get()).isEqualTo(1.0);
    }

    @Test
    void themeChoiceIsSaved() {
        model.themeProperty().set(ThemeMode.DARK);
        assertThat(settings.theme()).isEqualTo(ThemeMode.DARK);
    }

    @Test
    void openingADocumentShowsTheReaderHandsItOnAndRemembersIt() {
        List<long[]> opened = new ArrayList<>();
        hooks.openDocument().set((id, start, end) -> opened.add(new long[]{id, start, end}));

        navigator.openDocument(7, 10, 20);

        assertThat(model.sectionProperty().get()).isEqualTo(Section.READER);
        assertThat(opened).containsExactly(new long[]{7, 10, 20});
        assertThat(settings.lastDocument()).hasValue(7);
    }

    @Test
    void navigationWithoutAWiredFeatureStillShowsItsSection() {
        navigator.showThemeBrowser(Set.of(1L), null, null);
        assertThat(model.sectionProperty().get()).isEqualTo(Section.THEMES);
        navigator.showSearch("công an");
        assertThat(model.sectionProperty().get()).isEqualTo(Section.SEARCH);
        navigator.showTimeline();
        assertThat(model.sectionProperty().get()).isEqualTo(Section.TIMELINE);
        navigator.showLibrary();
        assertThat(model.sectionProperty().get()).isEqualTo(Section.LIBRARY);
    }

    @Test
    void searchQueryIsHandedToTheSearchView() {
        List<String> queries = new ArrayList<>();
        hooks.showSearch().set(queries::add);
        navigator.showSearch("hội nghị");
        assertThat(queries).containsExactly("hội nghị");
    }

    @Test
    void countsAreReadAtOnceAndAgainAfterEachChangeOfDocumentsOrAnnotations() {
        int[] reads = {0};
        LibraryChanges changes = new LibraryChanges();
        MainViewModel counted = new MainViewModel(settings, new SameThreadBackgroundTasks(), I18n.forLanguage("en"),
                () -> new LibraryCounts(5, reads[0]++), new FxLibraryChanges(changes, Runnable::run));
        assertThat(counted.documentCountProperty().get()).isEqualTo(5);
        assertThat(counted.annotationCountProperty().get()).isZero();

        changes.publish(dev.annals.logic.changes.LibraryChange.annotations(1));
        assertThat(counted.annotationCountProperty().get()).isEqualTo(1);
        changes.publish(dev.annals.logic.changes.LibraryChange.documentsDeleted(Set.of(2L)));
        assertThat(counted.annotationCountProperty().get()).isEqualTo(2);
        changes.publish(dev.annals.logic.changes.LibraryChange.conferences());
        assertThat(counted.annotationCountProperty().get()).as("a conference edit changes no count").isEqualTo(2);
    }
}
