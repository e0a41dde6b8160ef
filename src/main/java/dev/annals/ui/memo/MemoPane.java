package dev.annals.ui.memo;

import dev.annals.model.Memo;
import dev.annals.ui.common.FocusSteps;
import dev.annals.ui.common.I18n;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The memo beside an object: a text area saved as it is typed, a line that says whether it is saved, and the
 * memos an imported project brought, read-only. {@code idPrefix} names the controls ("reader", "themes"…).
 */
public final class MemoPane extends TitledPane {

    private final MemoEditorViewModel vm;
    private final I18n i18n;
    private final TextArea area = new TextArea();
    private final Label state = new Label();
    private final VBox importedBox = new VBox(4);
    private final Label placeholder = new Label();

    public MemoPane(MemoEditorViewModel vm, String idPrefix, String emptyHintKey) {
        this.vm = vm;
        this.i18n = vm.i18n();
        setId(idPrefix + "Memo");
        setText(i18n.t("memo.heading"));
        getStyleClass().add("memo-pane");
        area.setId(idPrefix + "MemoText");
        area.setWrapText(true);
        area.setPrefRowCount(6);
        area.setPromptText(i18n.t("memo.prompt"));
        Label name = new Label(i18n.t("memo.area." + idPrefix));
        name.setLabelFor(area);
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        name.getStyleClass().add("memo-name");
        // Tab leaves the memo, as in the other fields of the window; Ctrl+Tab too, as in any text area
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown()) {
                e.consume();
                FocusSteps.move(area, !e.isShiftDown());
            }
        });
        area.setAccessibleHelp(i18n.t("memo.area.help"));
        area.textProperty().bindBidirectional(vm.textProperty());
        area.disableProperty().bind(vm.loadingProperty().or(vm.subjectProperty().isNull()));
        state.setId(idPrefix + "MemoState");
        state.getStyleClass().add("memo-state");
        state.textProperty().bind(vm.stateProperty().map(vm::stateText));
        state.setAccessibleText(i18n.t("memo.state.name"));
        placeholder.setText(i18n.t(emptyHintKey));
        placeholder.setWrapText(true);
        placeholder.setMinHeight(Region.USE_PREF_SIZE);
        state.setWrapText(true);
        state.setMinHeight(Region.USE_PREF_SIZE);
        placeholder.visibleProperty().bind(vm.subjectProperty().isNull());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        importedBox.setId(idPrefix + "MemoImported");
        vm.imported().addListener((ListChangeListener<Memo>) c -> showImported());
        VBox.setVgrow(area, Priority.ALWAYS);
        VBox box = new VBox(6, placeholder, name, area, state, importedBox);
        setContent(box);
        setExpanded(true);
        // a field that loses focus keeps its text: the pause may not have come yet
        area.focusedProperty().addListener((obs, was, now) -> {
            if (!now) vm.saveNow();
        });
    }

    public TextArea area() {
        return area;
    }

    private void showImported() {
        importedBox.getChildren().clear();
        if (vm.imported().isEmpty()) return;
        Label heading = new Label(i18n.t("memo.imported"));
        heading.getStyleClass().add("memo-imported-heading");
        importedBox.getChildren().add(heading);
        for (Memo m : vm.imported()) {
            Label memo = new Label((m.title().isEmpty() ? "" : m.title() + " — ") + m.text());
            memo.setWrapText(true);
            memo.setFocusTraversable(true);
            memo.setAccessibleText(i18n.t("memo.imported.one", m.origin()) + ": " + memo.getText());
            importedBox.getChildren().add(memo);
        }
    }
}
