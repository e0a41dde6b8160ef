package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.model.Conference;
import dev.annals.model.DocumentSummary;
import dev.annals.model.MemoSubject;
import dev.annals.model.Theme;
import dev.annals.testing.FxThreadGuard;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.search.ResultItem;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Memos typed beside a document, a theme and a conference: saved as typed, there when coming back, found by search. */
@ExtendWith(ApplicationExtension.class)
class MemoGuiTest {

    private LibrarySession session;
    private FxBackgroundTasks tasks;
    private DesktopWindow window;
    private FxThreadGuard guard;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        SeededWindow seeded = SeededWindow.show(stage, Files.createTempDirectory("annals-memos").resolve("library"),
                new UserSettings(SettingsStore.inMemory()), "en");
        session = seeded.session();
        tasks = seeded.tasks();
        window = seeded.window();
        guard = FxThreadGuard.watch(stage.getScene().getRoot());
        stage.toFront();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
        assertThat(guard.violations()).as("nodes changed off the FX thread").isEmpty();
    }

    @Test
    void aDocumentMemoTypedInTheReaderIsSavedAndThereOnComingBackAndFoundBySearch(FxRobot robot) throws Exception {
        List<DocumentSummary> docs = session.documents().list();
        open(robot, docs.get(0));
        robot.clickOn("#readerMemoText").write("Can doi chieu so lieu");
        await(() -> state(robot, "reader").equals("Saved"));
        assertThat(session.memoService().text(MemoSubject.document(docs.get(0).id()))).isEqualTo("Can doi chieu so lieu");

        open(robot, docs.get(1));
        assertThat(memo(robot, "reader").getText()).isEmpty();
        open(robot, docs.get(0));
        assertThat(memo(robot, "reader").getText()).isEqualTo("Can doi chieu so lieu");

        robot.clickOn("#nav-search").clickOn("#search-query").write("đối chiếu");
        ListView<ResultItem> results = robot.lookup("#search-results").queryListView();
        // the items change on the FX thread while the search answers: read them there
        await(() -> WaitForAsyncUtils.asyncFx(() -> results.getItems().stream().anyMatch(i -> i instanceof ResultItem.MemoResult)).get());
        assertThat(robot.lookup("#search-count").queryLabeled().getText()).endsWith("1 memo");
        open(robot, docs.get(1));
        robot.clickOn("#nav-search");
        robot.doubleClickOn(robot.lookup(".search-result").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof ResultItem.MemoResult).findFirst().orElseThrow());
        await(() -> window.parts().shell().sectionProperty().get() == Section.READER
                && robot.lookup("#readerTitle").queryLabeled().getText().equals(docs.get(0).title()));
        await(() -> memo(robot, "reader").getText().equals("Can doi chieu so lieu"));
    }

    @Test
    void undoWorksInTheMemoAndTextTypedJustBeforeMovingOnIsKept(FxRobot robot) throws Exception {
        List<DocumentSummary> docs = session.documents().list();
        open(robot, docs.get(0));
        robot.clickOn("#readerMemoText").write("mot");
        robot.write(" hai");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(memo(robot, "reader").getText()).isEqualTo("mot");

        robot.write(" ba").type(KeyCode.TAB);
        assertThat(memo(robot, "reader").isFocused()).as("Tab leaves the memo").isFalse();
        assertThat(memo(robot, "reader").getText()).isEqualTo("mot ba");
        open(robot, docs.get(1)); // at once, before the pause
        robot.clickOn("#readerMemoText").press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertThat(memo(robot, "reader").getText()).as("undo does not bring the other document's memo").isEmpty();

        await(() -> session.memoService().text(MemoSubject.document(docs.get(0).id())).equals("mot ba"));
        robot.write("chua dung");
        robot.interact(stage::hide);
        tasks.close();
        assertThat(session.memoService().text(MemoSubject.document(docs.get(1).id()))).isEqualTo("chua dung");
    }

    @Test
    void aThemeMemoIsTypedBesideTheSelectedTheme(FxRobot robot) throws Exception {
        List<Theme> themes = session.themes().list();
        robot.clickOn("#nav-themes");
        selectTheme(robot, themes.get(0));
        robot.clickOn("#themesMemoText").write("Theme memo");
        await(() -> state(robot, "themes").equals("Saved"));

        selectTheme(robot, themes.get(1));
        await(() -> memo(robot, "themes").getText().isEmpty() && !memo(robot, "themes").isDisabled());
        selectTheme(robot, themes.get(0));
        await(() -> memo(robot, "themes").getText().equals("Theme memo"));
        assertThat(session.memos().forTheme(themes.get(0).id())).hasSize(1);
    }

    @Test
    void aConferenceMemoIsTypedBesideTheFocusedConferenceOnTheTimeline(FxRobot robot) throws Exception {
        robot.clickOn("#nav-timeline");
        await(() -> robot.lookup("#timelineCanvas").tryQuery().isPresent() && !robot.lookup("#timelineMemo").queryAll().isEmpty());
        assertThat(memo(robot, "timeline").isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#timelineCanvas").query().requestFocus());
        robot.type(KeyCode.DOWN);
        await(() -> !memo(robot, "timeline").isDisabled());
        robot.clickOn("#timelineMemoText").write("Conference memo");
        await(() -> state(robot, "timeline").equals("Saved"));

        Conference first = session.timelineService().load(dev.annals.logic.timeline.ConferenceNamer.ENGLISH).conferences().stream()
                .filter(c -> session.memoService().text(MemoSubject.conference(c.id())).equals("Conference memo")).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#timelineCanvas").query().requestFocus());
        robot.type(KeyCode.DOWN);
        await(() -> memo(robot, "timeline").getText().isEmpty() && !memo(robot, "timeline").isDisabled());
        robot.type(KeyCode.UP);
        await(() -> memo(robot, "timeline").getText().equals("Conference memo"));
        assertThat(session.memos().forConference(first.id())).hasSize(1);
    }

    private void open(FxRobot robot, DocumentSummary doc) throws Exception {
        robot.interact(() -> window.parts().window().navigator().openDocument(doc.id()));
        await(() -> robot.lookup("#readerTitle").queryLabeled().getText().equals(doc.title()) && !memo(robot, "reader").isDisabled());
    }

    private static void selectTheme(FxRobot robot, Theme theme) {
        robot.clickOn(robot.lookup(".list-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() instanceof dev.annals.ui.annotate.ThemeRow r
                        && r.id() == theme.id()).findFirst().orElseThrow());
    }

    private static TextArea memo(FxRobot robot, String prefix) {
        return robot.lookup("#" + prefix + "MemoText").queryAs(TextArea.class);
    }

    private static String state(FxRobot robot, String prefix) {
        return robot.lookup("#" + prefix + "MemoState").queryAs(Label.class).getText();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
