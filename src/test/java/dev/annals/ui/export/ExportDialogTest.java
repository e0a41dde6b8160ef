package dev.annals.ui.export;

import dev.annals.logic.export.ExportFormat;
import dev.annals.logic.export.InMemoryLibrary;
import dev.annals.model.PartialDate;
import dev.annals.model.Theme;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
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
    void exportButtonWritesTheChosenFormatAndShowsTheResult(FxRobot robot) throws Exception {
        robot.interact(() -> model.formatProperty().set(ExportFormat.CSV));
        Label message = robot.lookup(".label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && l.getText().contains("sẽ được xuất")).findFirst().orElseThrow();
        assertThat(message.getText()).isEqualTo("1 ghi chú sẽ được xuất.");
        robot.interact(() -> exportButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(folder.resolve("ghi-chu.csv")).exists();
        assertThat(model.messageProperty().get()).isEqualTo("Đã xuất 1 ghi chú vào ghi-chu.csv.");
        assertThat(dialog.dialog().isShowing()).isTrue();
    }

    private Button exportButton() {
        ButtonType type = dialog.dialog().getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        return (Button) dialog.dialog().getDialogPane().lookupButton(type);
    }
}
