package dev.annals.ui.analysis;

import dev.annals.logic.analysis.ConferenceComparison.Column;
import dev.annals.logic.analysis.ConferenceComparison.ThemeShare;
import dev.annals.logic.analysis.Passage;
import dev.annals.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One conference of a comparison, in two parts that line up with the other columns: the chart (title, date and kind,
 * a bar per theme in its colour) and the details (the people named, the tagged passages, each opening the reader).
 */
final class ComparisonColumn {

    static final double WIDTH = 300;
    private static final double BAR = WIDTH - 24;

    private final CompareViewModel model;
    private final I18n i18n;

    ComparisonColumn(CompareViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    VBox chart(Column c, int index) {
        Label title = label(c.conference().title(), "compare-title");
        title.setId("compare-title-" + index);
        Label about = label(model.about(c.conference()), "compare-about");
        about.setId("compare-about-" + index);
        VBox box = column("compare-column-" + index, title, about, label(i18n.t("compare.themes"), "compare-section"));
        for (ThemeShare s : c.themes()) box.getChildren().add(themeRow(s));
        if (c.themes().isEmpty()) box.getChildren().add(label(i18n.t("compare.noPassages"), "compare-about"));
        box.setAccessibleText(c.conference().title() + ", " + model.about(c.conference()));
        return box;
    }

    VBox details(Column c, int index) {
        VBox box = column("compare-details-" + index, label(i18n.t("compare.people"), "compare-section"));
        Label people = label(c.people().isEmpty() ? i18n.t("compare.noPeople") : String.join(", ", c.people()), "compare-people");
        people.setId("compare-people-" + index);
        box.getChildren().addAll(people, label(i18n.t("compare.tagged"), "compare-section"));
        for (Passage p : c.passages()) {
            Hyperlink link = new Hyperlink("\u201c" + p.quote().replaceAll("\\s+", " ") + "\u201d \u2014 " + model.themeOf(c, p));
            link.getStyleClass().add("compare-passage");
            link.setWrapText(true);
            link.setMaxWidth(WIDTH - 20);
            link.setAccessibleHelp(i18n.t("compare.openPassage"));
            link.setOnAction(e -> model.openPassage(p));
            box.getChildren().add(link);
        }
        if (c.passages().isEmpty()) box.getChildren().add(label(i18n.t("compare.noPassages"), "compare-about"));
        return box;
    }

    /** Name (bold with a marker when no other compared conference has it), count and share, then the bar. */
    private VBox themeRow(ThemeShare s) {
        Label name = label(s.theme().name(), "compare-theme-name");
        HBox line = new HBox(6, name);
        line.setAlignment(Pos.BASELINE_LEFT);
        if (s.onlyHere()) line.getChildren().add(label("\u25c6 " + i18n.t("compare.onlyHere"), "compare-marker"));
        line.getChildren().add(label(model.countAndShare(s), "compare-count"));
        Region fill = new Region();
        fill.setStyle("-fx-background-color: " + s.theme().color() + "; -fx-background-radius: 3;");
        fill.setPrefSize(Math.max(3, BAR * s.share()), 12);
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("compare-bar-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setPrefWidth(BAR);
        VBox row = new VBox(2, line, track);
        row.getStyleClass().add("compare-theme");
        if (s.onlyHere()) row.getStyleClass().add("compare-only-here");
        row.setAccessibleRole(AccessibleRole.TEXT);
        row.setAccessibleText(model.spokenTheme(s));
        return row;
    }

    private static VBox column(String id, javafx.scene.Node... children) {
        VBox box = new VBox(4, children);
        box.setId(id);
        box.getStyleClass().add("compare-column");
        box.setPrefWidth(WIDTH);
        box.setMinWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        return box;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
