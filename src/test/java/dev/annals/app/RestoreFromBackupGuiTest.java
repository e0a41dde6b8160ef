package dev.annals.app;

import dev.annals.logic.LibraryOpener;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.LibraryMaintenance.Backup;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteLibraryMaintenance;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.library.FilePicker;
import dev.annals.ui.shell.BundledFonts;
import dev.annals.ui.shell.SettingsStore;
import dev.annals.ui.shell.UserSettings;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** File › Restore from backup… in the real window: the backups with their counts, restore, the replaced file kept. */
@ExtendWith(ApplicationExtension.class)
class RestoreFromBackupGuiTest {

    private Path folder;
    private FxBackgroundTasks tasks;
    private WindowLibrary library;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("annals-restore").resolve("library");
        BundledFonts.load();
        LibraryOpener opener = SessionFactory.seedsWithoutExamples(Clock.systemUTC(), Database.Mode.WINDOW);
        try (LibrarySession first = opener.open(folder)) {
            long theme = first.themes().list().get(0).id();
            first.annotations().tagQuote(1, theme, "Công an", 1, "ghi chú đã sao lưu");
        } // closed after work: backed up with one note
        tasks = new FxBackgroundTasks();
        UserSettings settings = new UserSettings(SettingsStore.inMemory());
        library = new WindowLibrary(stage, folder, opener, new SqliteLibraryMaintenance(Clock.systemUTC()), tasks,
                session -> new DesktopWindow(stage, session, tasks, settings, FilePicker.answering(List.of()), uri -> { }, "test"), "en");
        assertThat(library.open()).isTrue();
        long theme = library.session().themes().list().get(0).id();
        library.session().annotations().tagQuote(2, theme, "Công an", 1, "ghi chú sau bản sao lưu");
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        library.close();
    }

    @Test
    void restoresTheChosenBackupAndKeepsTheFileItReplaced(FxRobot robot) throws Exception {
        MenuItem item = menuItem(robot, "menu-restoreBackup");
        assertThat(item.isDisable()).isFalse();
        assertThat(item.getParentMenu().getId()).isEqualTo("menu-file");
        Platform.runLater(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#restoreDialog").tryQuery().isPresent());

        TableView<Backup> table = robot.lookup("#backupTable").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getItems().get(0).annotations()).isEqualTo(1);
        assertThat(robot.lookup("1").tryQuery()).as("the count is shown in the table").isPresent();
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn(robot.lookup("#restoreButton").queryAs(Button.class));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> library.session() != null && robot.lookup("#mainWindow").tryQuery().isPresent());
        assertThat(library.session().annotations().count()).isEqualTo(1);
        Path replaced;
        try (Stream<Path> files = Files.list(folder)) {
            replaced = files.filter(p -> p.getFileName().toString().startsWith("library-replaced-")
                    && p.getFileName().toString().endsWith(".db")).findFirst().orElseThrow();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + replaced); Statement st = c.createStatement()) {
            assertThat(st.executeQuery("SELECT count(*) FROM annotations").getInt(1)).as("the replaced file keeps the later note").isEqualTo(2);
        }
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> items(m).stream()).filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static List<MenuItem> items(Menu menu) {
        return menu.getItems().stream().flatMap(i -> i instanceof Menu sub ? Stream.concat(Stream.of(i), items(sub).stream()) : Stream.of(i)).toList();
    }
}
