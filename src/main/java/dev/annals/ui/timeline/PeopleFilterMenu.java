package dev.annals.ui.timeline;

import dev.annals.logic.people.Person;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The toolbar's people filter: a menu of everyone with a check each, its name saying who is chosen, and a button to
 * clear it. The people are listed when the menu first opens; until then it says they are being listed.
 */
final class PeopleFilterMenu extends HBox {

    private final PeopleFilter filter;
    private final TimelineText text;
    private final MenuButton menu = new MenuButton();
    private final Button clear = new Button(null, new FontIcon(Material2AL.CLOSE));
    private boolean syncing;

    PeopleFilterMenu(PeopleFilter filter, TimelineText text) {
        this.filter = filter;
        this.text = text;
        menu.setId("personFilter");
        menu.setGraphic(new FontIcon(Material2MZ.PERSON_SEARCH));
        menu.setAccessibleText(text.get("timeline.people.tip"));
        menu.setTooltip(new Tooltip(text.get("timeline.people.tip")));
        clear.setId("personFilterClear");
        clear.getStyleClass().add("button-icon");
        clear.setAccessibleText(text.get("timeline.people.clear"));
        clear.setTooltip(new Tooltip(text.get("timeline.people.clear")));
        clear.setOnAction(e -> filter.clear());
        clear.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(filter.chosen()));
        clear.managedProperty().bind(clear.visibleProperty());
        menu.setOnShowing(e -> filter.listChoices());
        filter.choices().addListener((ListChangeListener<Person>) c -> rebuild());
        filter.listedProperty().addListener((obs, was, now) -> rebuild());
        filter.chosen().addListener((ListChangeListener<Person>) c -> sync());
        getChildren().addAll(menu, clear);
        rebuild();
    }

    private void rebuild() {
        MenuItem all = new MenuItem(text.get("timeline.people.all"));
        all.setId("personFilterAll");
        all.setOnAction(e -> filter.clear());
        menu.getItems().setAll(all, new SeparatorMenuItem());
        for (Person p : filter.choices()) {
            CheckMenuItem item = new CheckMenuItem(p.name() + " (" + p.docIds().size() + ")");
            item.setUserData(p);
            item.selectedProperty().addListener((obs, was, on) -> {
                if (!syncing) filter.set(p, on);
            });
            menu.getItems().add(item);
        }
        if (filter.choices().isEmpty()) {
            MenuItem none = new MenuItem(text.get(filter.listedProperty().get() ? "timeline.people.none" : "timeline.people.listing"));
            none.setId("personFilterNone");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        sync();
    }

    private void sync() {
        syncing = true;
        for (MenuItem item : menu.getItems()) {
            if (item instanceof CheckMenuItem check) {
                String key = ((Person) check.getUserData()).key();
                check.setSelected(filter.chosen().stream().anyMatch(p -> p.key().equals(key)));
            }
        }
        syncing = false;
        menu.setText(filter.chosen().isEmpty() ? text.get("timeline.people.all")
                : text.get("timeline.people.chosen", String.join(", ", filter.chosen().stream().map(Person::name).toList())));
    }
}
