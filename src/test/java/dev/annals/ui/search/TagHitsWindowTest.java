package dev.annals.ui.search;

import dev.annals.testing.RecordingNavigator;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** "Tag hits…" clicked through from the search view: uncheck by click and by Space, then tag the rest. */
@ExtendWith(ApplicationExtension.class)
class TagHitsWindowTest {

    @TempDir
    static Path folder;
    SearchLibrary library;
    long older;
    long newer;

    @Start
    void start(Stage stage) throws Exception {
        library = new SearchLibrary(Files.createTempDirectory(folder, "lib"));
        older = library.add("Sơ kết 2020", 2020, "Đảng ủy Công an Trung ương họp; Công an xã báo cáo.");
        newer = library.add("Tổng kết 2021", 2021, "Hội nghị Công an toàn quốc; Công an các địa phương báo cáo.");
        library.annotate.themes().create("Công an xã", null, null, null);
        var i18n = new I18n(Locale.ENGLISH);
        var model = new SearchViewModel(library.search, library.autoCoder, new SameThreadBackgroundTasks(), new RecordingNavigator(), i18n,
                new FxLibraryChanges(library.changes, Runnable::run));
        stage.setScene(new Scene(new SearchView(model, i18n), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void search(FxRobot robot, String query) {
        robot.clickOn("#search-query").write(query);
        WaitForAsyncUtils.sleep((long) SearchView.TYPING_PAUSE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void uncheckingByClickAndSpaceTagsOnlyTheCheckedHits(FxRobot robot) {
        assertThat(robot.lookup("#search-tag-hits").queryButton().isVisible()).isFalse();
        search(robot, "cong an");
        robot.clickOn("#search-tag-hits");
        WaitForAsyncUtils.waitForFxEvents();

        ListView<TagHitRow> hits = robot.lookup("#tag-hits-list").queryListView();
        assertThat(hits.getItems()).hasSize(4);
        assertThat(robot.lookup("#tag-hits-message").queryLabeled().getText()).isEqualTo("4 hits · none already tagged with Công an xã");
        Button apply = robot.lookup("#tag-hits-apply").queryButton();
        assertThat(apply.getText()).isEqualTo("Tag 4 passages with Công an xã");
        assertThat(robot.lookup(".tag-hit .check-box").queryAll()).allMatch(n -> ((CheckBox) n).isSelected());

        robot.clickOn(robot.lookup(".tag-hit").nth(0).<Node>query());
        assertThat(apply.getText()).isEqualTo("Tag 3 passages with Công an xã");
        robot.clickOn(robot.lookup(".tag-hit").nth(2).<Node>query());
        robot.type(KeyCode.SPACE);
        assertThat(apply.getText()).isEqualTo("Tag 3 passages with Công an xã");
        robot.type(KeyCode.DOWN).type(KeyCode.SPACE);
        assertThat(apply.getText()).isEqualTo("Tag 2 passages with Công an xã");
        CheckBox firstBox = robot.from(robot.lookup(".tag-hit").nth(0).<Node>query()).lookup(".check-box").query();
        assertThat(firstBox.isSelected()).isFalse();
        assertThat(firstBox.getAccessibleText()).contains("[Công an]").contains("Sơ kết 2020");

        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.listWindows()).filteredOn(Window::isShowing).hasSize(1);
        int tagged = library.annotate.annotations().forDocument(older).size() + library.annotate.annotations().forDocument(newer).size();
        assertThat(tagged).isEqualTo(2);
        assertThat(library.annotate.undoHistory().undoLabel()).contains("tag search hits");
    }

    @Test
    void cancelClosesWithoutTagging(FxRobot robot) {
        search(robot, "\"cong an xa\"");
        robot.clickOn("#search-tag-hits");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tag-hits-list").queryListView().getItems()).hasSize(1);
        robot.clickOn("#tag-hits-none");
        assertThat(robot.lookup("#tag-hits-apply").queryButton().isDisabled()).isTrue();
        robot.clickOn("#tag-hits-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listWindows()).filteredOn(Window::isShowing).hasSize(1);
        assertThat(library.annotate.annotations().count()).isZero();
    }
}
