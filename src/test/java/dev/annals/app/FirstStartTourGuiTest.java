package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FirstStartTourGuiTest {

    @TempDir
    static Path work;
    private static int run;

    private LibrarySession session;
    private FxBackgroundTasks tasks;
    private DesktopWindow window;
    private final UserSettings settings = new UserSettings(SettingsStore.inMemory());

    @Start
    void start(Stage stage) {
        SeededWindow seeded = SeededWindow.show(stage, work.resolve("lib" + run++), settings, "en");
        session = seeded.session();
        tasks = seeded.tasks();
        window = seeded.window();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    private String tip(FxRobot robot) {
        return robot.lookup("#tourText").queryLabeled().getText();
    }

    @Test
    void fourTipsShowLibraryTaggingExportAndTheGuideThenNeverAgain(FxRobot robot) {
        assertThat(tip(robot)).contains("library");
        robot.clickOn("#tourNext");
        assertThat(tip(robot)).contains("press 1 to 9");
        assertThat(window.parts().shell().sectionProperty().get()).isEqualTo(Section.READER);
        robot.clickOn("#tourNext");
        assertThat(tip(robot)).contains("Export");
        robot.clickOn("#tourNext");
        assertThat(tip(robot)).contains("User guide");
        assertThat(robot.lookup("#tourNext").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(settings.tourSeen()).isFalse();

        robot.clickOn("#tourDone");
        assertThat(robot.lookup("#tour").tryQuery().map(n -> n.isVisible()).orElse(false)).isFalse();
        assertThat(settings.tourSeen()).isTrue();
        robot.interact(() -> window.parts().hooks().changeLanguage().get().accept("vi"));
        assertThat(robot.lookup("#tour").tryQuery()).isEmpty();
    }

    @Test
    void dismissingTheFirstTipEndsTheTourForGood(FxRobot robot) {
        robot.clickOn("#tourDone");
        assertThat(settings.tourSeen()).isTrue();
        robot.interact(() -> window.parts().hooks().changeLanguage().get().accept("en"));
        assertThat(robot.lookup("#tour").tryQuery()).isEmpty();
    }
}
