package dev.annals.ui.export;

import dev.annals.logic.export.InMemoryLibrary;
import dev.annals.model.PartialDate;
import dev.annals.model.Theme;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private ExportDialog dialog;
    private ExportViewModel model;
    private Path folder;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("annals-export-dialog");
        InMemoryLibrary library = new InMemoryLibrary();
        long doc = library.addDocument("Hội nghị Công an toàn quốc lần thứ 77", PartialDate.ofDay(2021, 12, 29), "An ninh trật tự được bảo đảm.");
        Theme theme = library.addTheme("An ninh trật tự", "#E53935", null);
        library.annotate(doc, theme, "An ninh trật tự", "ghi chú");
        LastFolder last = new InMemoryLastFolder();
        last.remember(folder);
        model = new ExportViewModel(library.exporter(), library.themeStore::findAll, library.documentStore::list,
                new SameThreadBackgroundTasks(), I18n.forLanguage("vi"), last);
        dialog = new ExportDialog(model, I18n.forLanguage("vi"));
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
        dialog.show(stage);
    }

    @Test
    void choosingAFormatTypingAPathAndClickingExportWritesThereAndSaysWhere(FxRobot robot) throws Exception {
        robot.clickOn("#exportFormat").clickOn("Bảng tính (.csv)");
        Label message = robot.lookup("#exportMessage").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("1 ghi chú sẽ được xuất.");
        Path typed = folder.resolve("bao-cao.csv");
        robot.clickOn("#exportFile").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(typed.toString());
        robot.clickOn(exportButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(typed).exists();
        assertThat(Files.readString(typed)).contains("An ninh trật tự", "ghi chú");
        assertThat(message.getText()).isEqualTo("Đã xuất 1 ghi chú vào " + typed + ".");
        assertThat(dialog.dialog().isShowing()).isTrue();
    }

    @Test
    void aRelativeNameTypedInTheFileFieldGoesToTheLastFolder(FxRobot robot) {
        robot.clickOn("#exportFile").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("tuan-1.md");
        assertThat(model.targetProperty().get()).isEqualTo(folder.resolve("tuan-1.md"));
        robot.clickOn(exportButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(folder.resolve("tuan-1.md")).exists();
        assertThat(robot.lookup("#exportFile").queryTextInputControl().getText()).isEqualTo("tuan-1.md");
    }

    @Test
    void changingTheFormatShowsTheNewExtensionInTheField(FxRobot robot) {
        robot.clickOn("#exportFormat").clickOn("Chú thích Web W3C (.jsonld)");
        assertThat(robot.lookup("#exportFile").queryTextInputControl().getText()).endsWith(".jsonld").startsWith(folder.toString());
    }

    private Button exportButton() {
        ButtonType type = dialog.dialog().getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        return (Button) dialog.dialog().getDialogPane().lookupButton(type);
    }
}
