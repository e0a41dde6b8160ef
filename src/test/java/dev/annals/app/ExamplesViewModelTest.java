package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.testing.RecordingNavigator;
import dev.annals.ui.annotate.BrowserItem;
import dev.annals.ui.annotate.ThemesViewModel;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Themes view's model on a user's first library: it counts the examples and marks their passages. */
class ExamplesViewModelTest {

    @TempDir
    Path folder;
    LibrarySession session;
    ThemesViewModel model;

    @BeforeEach
    void open() {
        session = TestLibraries.openFirstLibrary(folder);
        model = new ThemesViewModel(session.annotate(), new SameThreadBackgroundTasks(), new RecordingNavigator(), I18n.forLanguage("en"),
                new FxLibraryChanges(session.changes(), Runnable::run));
        model.reload();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void countsTheExamplesAndMarksOnlyTheirPassages() {
        long order = session.themes().findByName("an ninh trật tự").orElseThrow().id();
        var mine = session.annotations().tagQuote(1, order, "Tô Lâm", 1, "");
        model.browse(List.of(order), (Integer) null);

        assertThat(model.exampleCountProperty().get()).isEqualTo(12);
        List<BrowserItem.Passage> passages = model.passages().stream().filter(BrowserItem.Passage.class::isInstance).map(BrowserItem.Passage.class::cast).toList();
        assertThat(passages).hasSize(5);
        assertThat(passages).filteredOn(BrowserItem.Passage::example).hasSize(4);
        assertThat(passages).filteredOn(p -> !p.example()).extracting(p -> p.annotation().id()).containsExactly(mine.id());
    }

    @Test
    void removeExamplesEmptiesTheCountAndUndoBringsThemBack() {
        model.removeExamples();
        assertThat(model.exampleCountProperty().get()).isZero();
        assertThat(model.canUndoProperty().get()).isTrue();

        model.undo();
        assertThat(model.exampleCountProperty().get()).isEqualTo(12);
    }
}
