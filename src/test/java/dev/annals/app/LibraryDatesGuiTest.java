package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.model.DateSource;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.library.FilePicker;
import dev.annals.ui.shell.BundledFonts;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static dev.annals.ui.library.LibraryTableWaits.awaitRows;
import static dev.annals.ui.library.LibraryTableWaits.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Filters the library to the documents without a date, sets one date on several of them, and undoes it. */
@ExtendWith(ApplicationExtension.class)
class LibraryDatesGuiTest {

    private Path home;
    private LibrarySession session;
    private FxBackgroundTasks tasks;
    private DesktopWindow window;

    @Start
    void start(Stage stage) throws Exception {
        home = Files.createTempDirectory("annals-dates");
        Path incoming = Files.createDirectories(home.resolve("incoming"));
        Files.writeString(incoming.resolve("a.txt"), "Công an huyện họp giao ban\n\nCông an huyện họp giao ban công tác tuần.", StandardCharsets.UTF_8);
        Files.writeString(incoming.resolve("b.txt"), "Công an xã tập huấn nghiệp vụ\n\nCông an xã tập huấn nghiệp vụ cho cán bộ.", StandardCharsets.UTF_8);
        BundledFonts.load();
        session = SessionFactory.seedsWithoutExamples(Clock.systemUTC(), dev.annals.persistence.Database.Mode.COMMAND).open(home.resolve("library"));
        tasks = new FxBackgroundTasks();
        window = new DesktopWindow(stage, session, tasks, new UserSettings(SettingsStore.inMemory()),
                FilePicker.answering(List.of(incoming)), uri -> { }, "test");
        window.show("en");
        stage.toFront();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    @Test
    void setsTheDateOfTheUndatedDocumentsAndUndoesIt(FxRobot robot) throws Exception {
        TableView<DocumentSummary> table = awaitRows(robot, 5);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        awaitRows(robot, 7);

        robot.clickOn("#noDateFilter");
        awaitRows(robot, 2);
        assertThat(table.getItems()).allSatisfy(d -> assertThat(d.date()).isNull());
        robot.clickOn(cellOf(robot, table, 0));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.clickOn("#setDateButton");
        robot.clickOn("#setDateField").write("5/3/2023");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#setDateReading").queryAs(Label.class).getText()).contains("2023");
        robot.clickOn("Set date");

        awaitRows(robot, 0);
        waitUntil(() -> robot.lookup("#dateChangeBar").query().isVisible());
        assertThat(robot.lookup("#dateChangeMessage").queryAs(Label.class).getText()).contains("2 documents");
        robot.clickOn("#noDateFilter");
        awaitRows(robot, 7);
        assertThat(session.documents().list()).filteredOn(d -> d.date() != null && d.date().equals(PartialDate.ofDay(2023, 3, 5)))
                .hasSize(2).allSatisfy(d -> assertThat(d.dateSource()).isEqualTo(DateSource.USER));

        robot.clickOn("#dateChangeUndo");
        waitUntil(() -> session.documents().list().stream().filter(d -> d.date() == null).count() == 2);
        robot.clickOn("#noDateFilter");
        awaitRows(robot, 2);
        assertThat(robot.lookup("#dateChangeBar").query().isVisible()).isFalse();
    }

    @Test
    void editUndoTakesBackADateChangeToo(FxRobot robot) throws Exception {
        TableView<DocumentSummary> table = awaitRows(robot, 5);
        robot.clickOn(cellOf(robot, table, 0));
        robot.clickOn("#setDateButton");
        robot.clickOn("#setDateField").write("2019");
        robot.clickOn("Set date");
        long id = table.getItems().stream().filter(d -> PartialDate.ofYear(2019).equals(d.date())).findFirst().map(DocumentSummary::id)
                .orElseGet(() -> waitForYear(robot, table));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !PartialDate.ofYear(2019).equals(session.documents().find(id).orElseThrow().date()));
        assertThat(session.documents().find(id).orElseThrow().metadata().dateSource()).isNotEqualTo(DateSource.USER);
    }

    private long waitForYear(FxRobot robot, TableView<DocumentSummary> table) {
        waitUntil(() -> table.getItems().stream().anyMatch(d -> PartialDate.ofYear(2019).equals(d.date())));
        return table.getItems().stream().filter(d -> PartialDate.ofYear(2019).equals(d.date())).findFirst().orElseThrow().id();
    }

    private static Node cellOf(FxRobot robot, TableView<DocumentSummary> table, int row) {
        return robot.from(table).lookup(".table-row-cell").nth(row).query();
    }

    @Test
    void theTableListsByDateAndAHeaderClickSortsNewestFirstThenByTitleWhileFiltering(FxRobot robot) {
        TableView<DocumentSummary> table = awaitRows(robot, 5);
        List<PartialDate> dates = table.getItems().stream().map(DocumentSummary::date).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));

        assertThat(table.getSortOrder()).extracting(c -> c.getId() + " " + c.getSortType()).containsExactly("column-date ASCENDING");
        robot.clickOn(robot.lookup("#column-date").query().lookup(".label"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSortOrder()).extracting(c -> c.getId() + " " + c.getSortType()).containsExactly("column-date DESCENDING");
        assertThat(table.getItems().get(0).date()).isEqualTo(dates.stream().filter(java.util.Objects::nonNull)
                .max(java.util.Comparator.naturalOrder()).orElseThrow());

        robot.clickOn(robot.lookup("#column-title").query().lookup(".label"));
        robot.clickOn("#filterField").write("cong an");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> titles = table.getItems().stream().map(DocumentSummary::title).toList();
        assertThat(titles).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(titles).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.ENGLISH)::compare);
    }
}
