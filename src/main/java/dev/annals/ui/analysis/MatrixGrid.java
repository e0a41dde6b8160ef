package dev.annals.ui.analysis;

import dev.annals.logic.analysis.CooccurrenceMatrix;
import dev.annals.model.Theme;
import dev.annals.ui.common.I18n;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import java.util.function.BiConsumer;

/**
 * The matrix as a grid of buttons: a theme's name heads each row and column, and each cell shows its count on a
 * shade of blue that deepens with the count (the diagonal in grey). A click or Enter opens the cell.
 */
final class MatrixGrid extends GridPane {

    private static final double CELL = 64;

    private final I18n i18n;

    MatrixGrid(I18n i18n) {
        this.i18n = i18n;
        setId("cooccurrence-matrix");
        setHgap(2);
        setVgap(2);
        setStyle("-fx-padding: 8; -fx-background-color: -color-bg-default;");
    }

    void show(CooccurrenceMatrix m, BiConsumer<Theme, Theme> open) {
        getChildren().clear();
        if (m == null) return;
        int max = m.maxOffDiagonal();
        for (int j = 0; j < m.size(); j++) add(heading(m.themes().get(j), true), j + 1, 0);
        for (int i = 0; i < m.size(); i++) {
            Theme row = m.themes().get(i);
            add(heading(row, false), 0, i + 1);
            for (int j = 0; j < m.size(); j++) {
                Theme column = m.themes().get(j);
                add(cell(m, i, j, max, () -> open.accept(row, column)), j + 1, i + 1);
            }
        }
    }

    private Label heading(Theme theme, boolean column) {
        Label label = new Label(theme.name());
        label.setTooltip(new Tooltip(theme.name()));
        label.setStyle("-fx-border-color: " + theme.color() + "; -fx-border-width: " + (column ? "0 0 4 0" : "0 4 0 0") + "; -fx-padding: 2 6 2 6;");
        label.getStyleClass().add("cooccurrence-heading");
        if (column) {
            // wide enough for its longest word: a name wraps between words, never inside one ("Covid-1 / 9")
            label.fontProperty().addListener((o, was, font) -> fitLongestWord(label, theme.name(), font));
            fitLongestWord(label, theme.name(), label.getFont());
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        } else {
            label.setMaxWidth(220);
        }
        return label;
    }

    private static void fitLongestWord(Label label, String name, javafx.scene.text.Font font) {
        double longest = 0;
        for (String word : name.split("\\s+")) {
            javafx.scene.text.Text text = new javafx.scene.text.Text(word);
            text.setFont(font);
            longest = Math.max(longest, text.getLayoutBounds().getWidth());
        }
        double width = Math.max(CELL, Math.ceil(longest) + 14);
        label.setPrefWidth(width);
        label.setMaxWidth(width);
    }

    /** From a pale to a full blue, opaque so that the count reads the same in the light and the dark modes. */
    private static String shade(double share) {
        double t = 0.1 + 0.9 * share;
        int r = (int) Math.round(232 + (0 - 232) * t);
        int g = (int) Math.round(241 + (114 - 241) * t);
        int b = (int) Math.round(248 + (178 - 248) * t);
        return String.format(java.util.Locale.ROOT, "#%02X%02X%02X", r, g, b);
    }

    private Button cell(CooccurrenceMatrix m, int i, int j, int max, Runnable open) {
        int count = m.count(i, j);
        Button b = new Button(Integer.toString(count));
        b.setId("cooc-cell-" + i + "-" + j);
        b.getStyleClass().add("cooccurrence-cell");
        b.setPrefSize(CELL, 36);
        b.setMaxWidth(Double.MAX_VALUE);
        double share = i == j ? 0 : Math.min(1.0, count / (double) max);
        String background = i == j ? "#D9D9D9" : shade(share);
        String text = share > 0.5 ? "white" : "black";
        b.setStyle("-fx-background-color: " + background + "; -fx-text-fill: " + text + "; -fx-background-radius: 3;");
        String a = m.themes().get(i).name();
        String c = m.themes().get(j).name();
        b.setAccessibleText(i18n.t("analysis.cell." + m.unit().id(), a, c, count));
        b.setTooltip(new Tooltip(b.getAccessibleText()));
        b.setOnAction(e -> open.run());
        return b;
    }
}
