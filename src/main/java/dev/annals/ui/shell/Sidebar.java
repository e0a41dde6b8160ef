package dev.annals.ui.shell;

import dev.annals.ui.common.I18n;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.Map;

/** The navigation column: one toggle per view, kept in step with the model's section. */
final class Sidebar extends VBox {

    private final MainViewModel model;
    private final I18n i18n;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);

    Sidebar(MainViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        createView();
        initListeners();
    }

    private void createView() {
        setId("sidebar");
        getStyleClass().add("sidebar");
        setAccessibleText(i18n.t("shell.sidebar"));
        int digit = 1;
        for (Section section : Section.values()) {
            String label = i18n.t(section.labelKey());
            ToggleButton button = new ToggleButton(label, new FontIcon(section.icon()));
            button.setId("nav-" + section.id());
            button.setToggleGroup(group);
            button.setUserData(section);
            button.setContentDisplay(ContentDisplay.TOP);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setWrapText(true);
            button.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            button.getStyleClass().add("nav-button");
            button.setTooltip(new Tooltip(label + " (Ctrl+" + digit++ + ")"));
            button.setAccessibleText(label);
            buttons.put(section, button);
            getChildren().add(button);
        }
        select(model.sectionProperty().get());
    }

    private void initListeners() {
        model.sectionProperty().addListener((o, was, now) -> select(now));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                select(model.sectionProperty().get()); // a toggle cannot be unselected by clicking it again
            } else {
                model.show((Section) now.getUserData());
            }
        });
    }

    private void select(Section section) {
        group.selectToggle(buttons.get(section));
    }

}
