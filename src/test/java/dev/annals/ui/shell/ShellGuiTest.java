package dev.annals.ui.shell;

import atlantafx.base.theme.PrimerLight;
import dev.annals.logic.LibraryCounts;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.model.PartialDate;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import dev.annals.ui.common.TaskHandle;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell as a person meets it: the sidebar, the toolbar, the status bar with its counts and the work under way. */
@ExtendWith(ApplicationExtension.class)
class ShellGuiTest {

    /** A task the test moves forward by hand. */
    private static final class ManualTask implements TaskHandle {
        final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        boolean cancelled;

        @Override public String title() { return "Importing"; }
        @Override public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
        @Override public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
        @Override public void cancel() { cancelled = true; }
    }

    private final SameThreadBackgroundTasks tasks = new SameThreadBackgroundTasks();
    private final LibraryChanges changes = new LibraryChanges();
    private final int[] annotations = {0};
    private final List<String> used = new ArrayList<>();
    private MainViewModel model;
    private ShellHooks hooks;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new MainViewModel(new UserSettings(SettingsStore.inMemory()), tasks, I18n.forLanguage("en"),
                () -> new LibraryCounts(5, annotations[0]), new FxLibraryChanges(changes, Runnable::run));
        hooks = new ShellHooks();
        hooks.export().set(() -> used.add("export"));
        ShellNavigator navigator = new ShellNavigator(model, hooks);
        hooks.showSearch().set(query -> used.add("search '" + query + "'"));
        hooks.showThemeBrowser().set((ids, from, to) -> used.add("browse " + ids + " " + from + ".." + to));
        Map<Section, Supplier<Node>> views = new EnumMap<>(Section.class);
        views.put(Section.LIBRARY, () -> new Label("the library"));
        MainWindow window = new MainWindow(model, hooks, navigator, I18n.forLanguage("en"), new MainWindow.Info("9.9", Path.of("/tmp/lib")), views);
        stage.setScene(new Scene(window.root(), 1000, 640));
        stage.show();
    }

    private String counts(FxRobot robot) {
        return robot.lookup("#countsLabel").queryAs(Label.class).getText();
    }

    @Test
    void theStatusBarCountsFollowTheLibrarysChanges(FxRobot robot) {
        assertThat(counts(robot)).isEqualTo("5 documents · no annotations");
        annotations[0] = 1;
        robot.interact(() -> changes.publish(LibraryChange.annotations(3)));
        assertThat(counts(robot)).isEqualTo("5 documents · 1 annotation");
        annotations[0] = 12;
        robot.interact(() -> changes.publish(LibraryChange.themes(Set.of(3L))));
        assertThat(counts(robot)).isEqualTo("5 documents · 12 annotations");
    }

    @Test
    void theStatusBarShowsWorkUnderWayWithItsProgressAndCancelsIt(FxRobot robot) {
        assertThat(robot.lookup("#taskPane").query().isVisible()).isFalse();
        ManualTask task = new ManualTask();
        robot.interact(() -> tasks.running().tasks().add(task));
        assertThat(robot.lookup("#taskPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#taskLabel").queryLabeled().getText()).isEqualTo("Importing");
        robot.interact(() -> {
            task.progress.set(0.5);
            task.message.set("3 of 6 files");
        });
        assertThat(robot.lookup("#taskLabel").queryLabeled().getText()).isEqualTo("Importing — 3 of 6 files");
        assertThat(robot.lookup("#taskProgress").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.5);
        robot.clickOn("#cancelTask");
        assertThat(task.cancelled).isTrue();
        robot.interact(() -> tasks.running().tasks().remove(task));
        assertThat(robot.lookup("#taskPane").query().isVisible()).isFalse();
    }

    @Test
    void theSidebarShowsASectionAndShowsWhichOneIsShown(FxRobot robot) {
        robot.clickOn("#nav-timeline");
        assertThat(model.sectionProperty().get()).isEqualTo(Section.TIMELINE);
        assertThat(robot.lookup("#empty-timeline").tryQuery()).as("a section without its view explains itself").isPresent();
        robot.clickOn("#nav-timeline");
        assertThat(model.sectionProperty().get()).as("clicking the shown section again keeps it").isEqualTo(Section.TIMELINE);
        robot.clickOn("#emptyStateAction");
        assertThat(model.sectionProperty().get()).isEqualTo(Section.LIBRARY);
        assertThat(robot.lookup("the library").tryQuery()).isPresent();
    }

    @Test
    void toolbarButtonsWorkOnlyWhenTheirFeatureIsThere(FxRobot robot) {
        assertThat(robot.lookup("#tool-importFiles").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#tool-export");
        robot.clickOn("#tool-search");
        assertThat(used).containsExactly("export", "search ''");
        assertThat(model.sectionProperty().get()).isEqualTo(Section.SEARCH);
        robot.clickOn("#tool-theme");
        assertThat(model.themeProperty().get()).isEqualTo(ThemeMode.DARK);
        assertThat(robot.lookup("#mainWindow").query().getStyleClass()).contains("mode-dark");
    }

    @Test
    void zoomStopsAtItsBoundsAndItsButtonsSaySo(FxRobot robot) {
        for (int i = 0; i < 14; i++) robot.clickOn("#tool-zoomIn");
        assertThat(model.uiScaleProperty().get()).isEqualTo(UserSettings.MAX_SCALE);
        assertThat(robot.lookup("#tool-zoomIn").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(model::resetZoom);
        assertThat(robot.lookup("#tool-zoomIn").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void navigationHandsTheDetailsToTheFeature(FxRobot robot) {
        ShellNavigator navigator = new ShellNavigator(model, hooks);
        robot.interact(() -> navigator.showThemeBrowser(Set.of(4L), PartialDate.ofYear(2021), PartialDate.ofYear(2021)));
        assertThat(model.sectionProperty().get()).isEqualTo(Section.THEMES);
        robot.interact(() -> navigator.showSearch(null));
        robot.interact(() -> navigator.openDocument(7));
        assertThat(model.sectionProperty().get()).isEqualTo(Section.READER);
        assertThat(model.settings().lastDocument()).hasValue(7L);
        assertThat(used).containsExactly("browse [4] 2021..2021", "search ''");
    }

    @Test
    void helpAboutNamesTheVersionAndTheLibrary(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Annals");
        javafx.scene.control.DialogPane about = robot.lookup("#aboutDialog").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(about.getHeaderText()).isEqualTo("Annals 9.9");
        assertThat(about.getContentText()).contains("Library: " + Path.of("/tmp/lib").toAbsolutePath());
        robot.clickOn("OK");
    }

    @Test
    void sepiaAndZoomReachTheWholeWindow(FxRobot robot) {
        robot.interact(() -> model.themeProperty().set(ThemeMode.SEPIA));
        javafx.scene.Parent root = robot.lookup("#mainWindow").queryParent();
        assertThat(root.getStyleClass()).contains("mode-sepia").doesNotContain("mode-light");
        assertThat(root.getScene().getStylesheets()).anyMatch(s -> s.endsWith("sepia.css"));
        robot.interact(model::zoomIn);
        assertThat(root.getStyle()).isEqualTo("-fx-font-size: 15.4px;");
        robot.interact(() -> model.themeProperty().set(ThemeMode.LIGHT));
        assertThat(root.getScene().getStylesheets()).noneMatch(s -> s.endsWith("sepia.css"));
    }
}
