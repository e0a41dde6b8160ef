package dev.annals.ui.reader;

import dev.annals.model.Theme;
import dev.annals.ui.common.I18n;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;

/**
 * Tagging in the text: after a selection the floating toolbar offers the themes; keys 1–9 tag with the first nine;
 * the context menu lists them all. A click without a selection selects the annotations under the pointer.
 */
final class TaggingController {

    private final ReaderArea area;
    private final ReaderAnnotations annotations;
    private final I18n i18n;
    private final TagToolbar toolbar;

    TaggingController(ReaderArea area, ReaderAnnotations annotations, I18n i18n) {
        this.area = area;
        this.annotations = annotations;
        this.i18n = i18n;
        this.toolbar = new TagToolbar(i18n);
    }

    void install() {
        area.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || area.isEditable()) return;
            if (area.getSelection().getLength() > 0) showToolbar();
            else annotations.selectAt(area.offsets().toCodePoint(area.getCaretPosition()));
        });
        area.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (area.isEditable() || e.isShortcutDown() || e.isAltDown() || area.getSelection().getLength() == 0) return;
            int number = digit(e.getCode());
            if (number > 0) {
                tagSelectionWith(number);
                e.consume();
            }
        });
        area.selectionProperty().addListener((obs, old, now) -> {
            if (now.getLength() == 0) toolbar.hide();
        });
        ContextMenu menu = new ContextMenu();
        menu.setId("readerContextMenu");
        fill(menu); // an empty ContextMenu never shows, so it is filled up front and refreshed on showing
        menu.setOnShowing(e -> fill(menu));
        area.setContextMenu(menu);
    }

    private void fill(ContextMenu menu) {
        menu.getItems().clear();
        boolean hasSelection = area.getSelection().getLength() > 0 && !area.isEditable();
        MenuItem heading = new MenuItem(i18n.t("reader.tag.menu"));
        heading.setId("tagMenu");
        heading.setDisable(true);
        menu.getItems().add(heading);
        for (int i = 0; i < annotations.themes().size(); i++) {
            Theme theme = annotations.themes().get(i);
            MenuItem item = new MenuItem((i < 9 ? (i + 1) + "  " : "") + theme.name(), new Circle(5, Highlights.parse(theme.color())));
            item.setId("tagMenuTheme" + (i + 1));
            item.setOnAction(e -> tagSelection(theme.id()));
            item.setDisable(!hasSelection);
            menu.getItems().add(item);
        }
        MenuItem copy = new MenuItem(i18n.t("reader.copy"));
        copy.setId("copyMenu");
        copy.setDisable(area.getSelection().getLength() == 0);
        copy.setOnAction(e -> area.copy());
        menu.getItems().addAll(new SeparatorMenuItem(), copy);
    }

    void tagSelectionWith(int number) {
        if (number <= annotations.themes().size()) tagSelection(annotations.themes().get(number - 1).id());
    }

    private void tagSelection(long themeId) {
        OffsetMap offsets = area.offsets();
        int start = offsets.toCodePoint(area.getSelection().getStart());
        int end = offsets.toCodePoint(area.getSelection().getEnd());
        toolbar.hide();
        area.deselect();
        annotations.tag(start, end, themeId);
    }

    private void showToolbar() {
        area.getSelectionBounds().ifPresent(bounds ->
                toolbar.show(area, bounds, annotations.themes(), theme -> tagSelection(theme.id())));
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char c = name.charAt(name.length() - 1);
            return c >= '1' && c <= '9' ? c - '0' : 0;
        }
        return 0;
    }
}
