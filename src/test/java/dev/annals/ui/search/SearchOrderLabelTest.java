package dev.annals.ui.search;

import dev.annals.testing.RecordingNavigator;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import javafx.scene.Scene;
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
class SearchOrderLabelTest {

    @TempDir
    static Path folder;
    SearchLibrary library;

    @Start
    void start(Stage stage) throws Exception {
        library = new SearchLibrary(Files.createTempDirectory(folder, "lib"));
        for (int i = 0; i < 205; i++) {
            library.add("Bài " + i, 2020 + i % 4, "Hội nghị Công an số " + i + (i == 7 ? ", có khinh khí cầu." : "."));
        }
        var model = new SearchViewModel(library.search, new SameThreadBackgroundTasks(), new RecordingNavigator(), new I18n(Locale.ENGLISH),
                new FxLibraryChanges(library.changes, Runnable::run));
        stage.setScene(new Scene(new SearchView(model, new I18n(Locale.ENGLISH)), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private String countAfterTyping(FxRobot robot, String query) {
        robot.doubleClickOn("#search-query").eraseText(40).write(query);
        WaitForAsyncUtils.sleep((long) SearchView.TYPING_PAUSE.toMillis() + 300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#search-count").queryLabeled().getText();
    }

    @Test
    void theCountSaysWhenHitsComeNewestFirstAndNotWhenTheyAreRanked(FxRobot robot) {
        assertThat(countAfterTyping(robot, "cong an")).isEqualTo("205 documents · no notes · no themes · too many to rank, newest first");
        assertThat(countAfterTyping(robot, "khinh khi")).isEqualTo("1 document · no notes · no themes");
    }
}
