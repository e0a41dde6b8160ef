package dev.annals.ui.analysis;

import dev.annals.logic.analysis.ConferenceComparison.Column;
import dev.annals.logic.analysis.ConferenceComparison.ThemeShare;
import dev.annals.logic.analysis.Passage;
import dev.annals.ui.common.I18n;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * One conference of a comparison, in two parts that line up with the other columns: the chart (title, date and kind,
 * a bar per theme in its colour) and the details (the people named, the tagged passages, each opening the reader).
 */
final class ComparisonColumn {

    private final CompareViewModel model;
    private final I18n i18n;
    private final DoubleExpression width;

    /** {@code width}: each column's width, shared so that the chart and the details line up. */
    ComparisonColumn(CompareViewModel model, I18n i18n, DoubleExpression width) {
        this.model = model;
        this.i18n = i18n;
        this.width = width;
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
            link.maxWidthProperty().bind(width.subtract(20));
            link.setAccessibleHelp(i18n.t("compare.openPassage"));
            link.setOnAction(e -> model.openPassage(p));
            box.getChildren().add(link);
        }
        if (c.passages().isEmpty()) box.getChildren().add(label(i18n.t("compare.noPassages"), "compare-about"));
        return box;
    }

    /** Name (bold with a marker when no other compared conference has it), then the bar with the count and share. */
    private VBox themeRow(ThemeShare s) {
        Label name = label(s.theme().name(), "compare-theme-name");
        HBox line = new HBox(8, name);
        line.setAlignment(Pos.BASELINE_LEFT);
        if (s.onlyHere()) {
            Label marker = label("\u25c6 " + i18n.t("compare.onlyHere"), "compare-marker");
            marker.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(marker);
        }
        Region fill = new Region();
        fill.setStyle("-fx-background-color: " + s.theme().color() + "; -fx-background-radius: 3;");
        fill.setPrefHeight(12);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("compare-bar-track");
        track.setAlignment(Pos.CENTER_LEFT);
        fill.maxWidthProperty().bind(track.widthProperty().multiply(s.share()));
        HBox.setHgrow(track, Priority.ALWAYS);
        Label count = label(model.countAndShare(s), "compare-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, track, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(2, line, bar);
        row.getStyleClass().add("compare-theme");
        if (s.onlyHere()) row.getStyleClass().add("compare-only-here");
        row.setAccessibleRole(AccessibleRole.TEXT);
        row.setAccessibleText(model.spokenTheme(s));
        return row;
    }

    private VBox column(String id, javafx.scene.Node... children) {
        VBox box = new VBox(4, children);
        box.setId(id);
        box.getStyleClass().add("compare-column");
        box.prefWidthProperty().bind(width);
        box.minWidthProperty().bind(width);
        box.maxWidthProperty().bind(width);
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
