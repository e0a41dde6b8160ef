package dev.annals.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ColumnWidthsTest {

    StackPane root;
    TableColumn<String, String> date = new TableColumn<>("Ngày");
    TableColumn<String, String> title = new TableColumn<>("Tiêu đề");

    @Start
    void start(Stage stage) {
        TableView<String> table = new TableView<>();
        date.setPrefWidth(130);
        date.setMinWidth(128);
        title.setPrefWidth(400);
        table.getColumns().setAll(java.util.List.of(title, date));
        ColumnWidths.followFont(table);
        root = new StackPane(table);
        root.setStyle("-fx-font-size: 14px;");
        stage.setScene(new Scene(root, 900, 400));
        stage.show();
    }

    @Test
    void minimumWidthsWidenWithTheInterfaceZoomAndComeBackWhenItIsReset(FxRobot robot) {
        assertThat(date.getPrefWidth()).isEqualTo(130);

        robot.interact(() -> root.setStyle("-fx-font-size: 28px;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(date.getMinWidth()).isEqualTo(256);
        assertThat(date.getPrefWidth()).isEqualTo(256);
        assertThat(title.getPrefWidth()).as("a column with no minimum shares what is left").isEqualTo(400);

        robot.interact(() -> root.setStyle("-fx-font-size: 14px;"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(date.getPrefWidth()).isEqualTo(130);
        assertThat(date.getMinWidth()).isEqualTo(128);
    }
}
