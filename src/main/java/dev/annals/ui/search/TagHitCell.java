package dev.annals.ui.search;

import dev.annals.model.TextAnchor;
import dev.annals.ui.common.I18n;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.Region;

/**
 * A hit with its check box, its document and the words around it, the hit in bold. The box only shows the
 * row's state: a click on the row or Space on the list toggles it, through the ViewModel.
 */
final class TagHitCell extends ListCell<TagHitRow> {

    private final I18n i18n;
    private final CheckBox box = new CheckBox();
    private TagHitRow shown;

    TagHitCell(I18n i18n, TagHitsViewModel model) {
        this.i18n = i18n;
        getStyleClass().add("tag-hit");
        box.setMouseTransparent(true);
        box.setFocusTraversable(false);
        setOnMouseClicked(e -> model.toggle(getItem()));
    }

    @Override
    protected void updateItem(TagHitRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (shown != null) box.selectedProperty().unbind();
        shown = empty ? null : row;
        if (row == null || empty) {
            setGraphic(null);
            return;
        }
        box.selectedProperty().bind(row.checkedProperty());
        box.setDisable(!row.taggable());
        String title = row.candidate().hit().title() == null ? i18n.t("search.untitled") : row.candidate().hit().title();
        String date = i18n.formatDate(row.candidate().hit().date());
        String state = row.taggable() ? "" : i18n.t("tagHits.alreadyTagged") + " · ";
        Label heading = new Label(state + (date.isEmpty() ? "" : date + " · ") + title);
        heading.getStyleClass().add("tag-hit-title");
        box.setAccessibleText(i18n.t("tagHits.rowAccessible", row.context(), title));
        heading.setMinWidth(0);
        VBox text = new VBox(2, heading, context(row.candidate().hit().anchor()));
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox line = new HBox(8, box, text);
        line.setMinWidth(0);
        line.setPrefWidth(0); // the list's width decides, not the length of the context
        setGraphic(line);
    }

    /** One line: the words before (cut at their start), the hit in bold, the words after (cut at their end). */
    private static HBox context(TextAnchor anchor) {
        Label before = new Label(TagHitRow.oneLine(anchor.prefix()));
        before.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        before.setMinWidth(0);
        Label hit = new Label(TagHitRow.oneLine(anchor.exact()));
        hit.getStyleClass().add("search-hit");
        hit.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
        hit.setUnderline(true);
        hit.setMinWidth(Region.USE_PREF_SIZE);
        Label after = new Label(TagHitRow.oneLine(anchor.suffix()));
        after.setMinWidth(0);
        HBox line = new HBox(before, hit, after);
        line.getStyleClass().add("search-snippet");
        line.setMinWidth(0);
        return line;
    }
}
