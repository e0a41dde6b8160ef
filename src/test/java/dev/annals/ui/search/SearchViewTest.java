package dev.annals.ui.search;

import dev.annals.testing.RecordingNavigator;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
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

@ExtendWith(ApplicationExtension.class)
class SearchViewTest {

    @TempDir
    static Path folder;
    SearchLibrary library;
    RecordingNavigator navigator = new RecordingNavigator();
    long older;
    long newer;

    @Start
    void start(Stage stage) throws Exception {
        library = new SearchLibrary(Files.createTempDirectory(folder, "lib"));
        older = library.add("Sơ kết 2020", 2020, "Đảng ủy Công an Trung ương họp sơ kết công tác.");
        newer = library.add("Tổng kết 2021", 2021, "Hội nghị Công an toàn quốc; Công an các địa phương báo cáo.");
        var model = new SearchViewModel(library.search, new SameThreadBackgroundTasks(), navigator, new I18n(Locale.ENGLISH), new FxLibraryChanges(library.changes, Runnable::run));
        stage.setScene(new Scene(new SearchView(model, new I18n(Locale.ENGLISH)), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void typingShowsHighlightedHitsAndTheKeyboardOpensOne(FxRobot robot) throws Exception {
        ListView<ResultItem> list = robot.lookup("#search-results").queryListView();
        assertThat(list.getItems()).isEmpty();
        assertThat(robot.lookup(".list-view .placeholder .label").queryLabeled().getText()).isEqualTo("Type to search the texts, notes and themes.");

        robot.clickOn("#search-query").write("cong an");
        WaitForAsyncUtils.sleep((long) SearchView.TYPING_PAUSE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.getItems()).hasSize(2);
        assertThat(robot.lookup("#search-count").queryLabeled().getText()).isEqualTo("2 documents · no notes · no themes");
        Text highlighted = robot.lookup(".search-hit").queryAs(Text.class);
        assertThat(highlighted.getText()).isEqualTo("Công an");
        assertThat(((TextFlow) highlighted.getParent()).getChildren()).hasSizeGreaterThan(1);

        robot.type(KeyCode.DOWN);
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        robot.type(KeyCode.ENTER);
        assertThat(navigator.visits).containsExactly("document " + older + " [8,12)");
    }

    @Test
    void selectsTheBestHitOfEveryNewSearch(FxRobot robot) {
        ListView<ResultItem> list = robot.lookup("#search-results").queryListView();
        robot.clickOn("#search-query").write("cong an");
        WaitForAsyncUtils.sleep((long) SearchView.TYPING_PAUSE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
        robot.write(" trung");
        WaitForAsyncUtils.sleep((long) SearchView.TYPING_PAUSE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).hasSize(1);
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
    }

    @Test
    void saysWhenNothingMatches(FxRobot robot) {
        robot.clickOn("#search-query").write("ma tuy");
        WaitForAsyncUtils.sleep((long) SearchView.TYPING_PAUSE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".list-view .placeholder .label").queryLabeled().getText()).isEqualTo("No results for “ma tuy”.");
    }

    @Test
    void criteriaShownAgainInANewViewFillItsFieldsAndItsResults(FxRobot robot) {
        var criteria = new SearchViewModel.Criteria("cong an", 2021, null, null, null);
        SearchViewModel again = new SearchViewModel(library.search, new SameThreadBackgroundTasks(), navigator, new I18n(Locale.ENGLISH),
                new FxLibraryChanges(library.changes, Runnable::run));
        SearchView[] view = new SearchView[1];
        robot.interact(() -> {
            view[0] = new SearchView(again, new I18n(Locale.ENGLISH));
            view[0].restore(criteria);
        });
        assertThat(again.results()).hasSize(1);
        javafx.scene.control.TextField query = (javafx.scene.control.TextField) view[0].lookup("#search-query");
        assertThat(query.getText()).isEqualTo("cong an");
        assertThat(view[0].lookupAll(".text-field").stream().map(n -> ((javafx.scene.control.TextField) n).getText()).toList())
                .contains("cong an", "2021");
        assertThat(again.criteria()).isEqualTo(criteria);
    }
}
