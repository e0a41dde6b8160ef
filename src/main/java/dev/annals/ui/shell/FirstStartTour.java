package dev.annals.ui.shell;

import dev.annals.ui.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.List;

/**
 * The first-start tour: four tips in a bar under the toolbar (Library, tagging in the Reader, Export, the guide);
 * "Next" also shows the view a tip is about. "Next" goes on, "Got it" ends it; either way it is never shown again.
 */
final class FirstStartTour extends HBox {

    private record Tip(String key, Section section) {
    }

    private static final List<Tip> TIPS = List.of(new Tip("library", Section.LIBRARY), new Tip("tagging", Section.READER),
            new Tip("export", null), new Tip("guide", null));

    private final MainViewModel model;
    private final I18n i18n;
    private final Label step = new Label();
    private final Label text = new Label();
    private final Button next = new Button();
    private int at;

    FirstStartTour(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        setId("tour");
        getStyleClass().add("tour-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setAccessibleRole(AccessibleRole.TEXT);
        step.getStyleClass().add("tour-step");
        step.setMinWidth(Label.USE_PREF_SIZE);
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        text.setId("tourText");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        next.setId("tourNext");
        next.setText(i18n.t("shell.tour.next"));
        next.setMinWidth(Button.USE_PREF_SIZE);
        next.setOnAction(e -> show(at + 1, true));
        Button done = new Button(i18n.t("shell.tour.done"));
        done.setId("tourDone");
        done.setMinWidth(Button.USE_PREF_SIZE);
        done.setOnAction(e -> end());
        getChildren().addAll(step, text, next, done);
        show(0, false); // the window opens on the view it was left on, even when rebuilt in another language
    }

    private void show(int index, boolean showView) {
        if (index >= TIPS.size()) {
            end();
            return;
        }
        at = index;
        Tip tip = TIPS.get(index);
        step.setText(i18n.t("shell.tour.step", index + 1, TIPS.size()));
        text.setText(i18n.t("shell.tour." + tip.key()));
        setAccessibleText(step.getText() + ". " + text.getText());
        next.setDisable(index == TIPS.size() - 1);
        if (showView && tip.section() != null) model.show(tip.section());
    }

    private void end() {
        model.tourDone();
        setVisible(false);
        setManaged(false);
    }
}
