package dev.annals.ui.timeline;

import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentSummary;
import dev.annals.ui.common.DialogButtons;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

/** The context menu of a marker: open, pick for comparison, compare, rename, re-date, change kind, merge, split, and undo those edits. */
final class ConferenceMenu {

    /** Conferences this close in time are offered for merging. */
    static final long MERGE_WINDOW_DAYS = 400;

    private final TimelineViewModel vm;

    ConferenceMenu(TimelineViewModel vm) {
        this.vm = vm;
    }

    ContextMenu build(Conference c) {
        TimelineText text = vm.text();
        MenuItem open = item("menuOpen", text.get("timeline.menu.open"), () -> vm.open(c));
        MenuItem rename = item("menuRename", text.get("timeline.menu.rename"), () -> ask("timeline.rename", c.title())
                .ifPresent(title -> vm.rename(c.id(), title)));
        MenuItem redate = item("menuRedate", text.get("timeline.menu.redate"), () -> ask("timeline.redate", c.date().iso())
                .ifPresent(iso -> vm.redate(c.id(), iso)));
        Menu kind = new Menu(text.get("timeline.menu.kind"));
        kind.setId("menuKind");
        ToggleGroup kinds = new ToggleGroup();
        for (ConferenceKind k : ConferenceKind.values()) {
            RadioMenuItem choice = new RadioMenuItem(text.kindName(k));
            choice.setToggleGroup(kinds);
            choice.setSelected(k == c.kind());
            choice.setOnAction(e -> vm.changeKind(c.id(), k));
            kind.getItems().add(choice);
        }
        Menu merge = new Menu(text.get("timeline.menu.merge"));
        merge.setId("menuMerge");
        for (Conference other : neighbours(c)) {
            merge.getItems().add(item(null, other.title() + " · " + text.shortDate(other.date()), () -> vm.merge(c.id(), other.id())));
        }
        merge.setDisable(merge.getItems().isEmpty());
        Menu split = new Menu(text.get("timeline.menu.split"));
        split.setId("menuSplit");
        split.setDisable(true);
        if (c.docIds().size() > 1) vm.documentsOf(c, docs -> {
            for (DocumentSummary d : docs) {
                String title = d.title() == null ? text.get("timeline.untitled") : d.title();
                split.getItems().add(item(null, title, () -> vm.splitOff(c.id(), d.id())));
            }
            split.setDisable(split.getItems().isEmpty());
        });
        MenuItem forget = item("menuForget", text.get("timeline.menu.forget"), () -> vm.forgetEdits(c.id()));
        MenuItem pick = item("menuPick", text.get(vm.selection().contains(c.id()) ? "timeline.menu.unpick" : "timeline.menu.pick"),
                () -> vm.toggleSelected(c));
        pick.setAccelerator(new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN));
        MenuItem compare = item("menuCompare", text.get("timeline.menu.compare", vm.selection().ids().size()), vm::compareSelected);
        compare.setAccelerator(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        compare.setDisable(!vm.selection().canCompareProperty().get());
        return new ContextMenu(open, pick, compare, new SeparatorMenuItem(), rename, redate, kind, new SeparatorMenuItem(), merge, split,
                new SeparatorMenuItem(), forget);
    }

    private List<Conference> neighbours(Conference c) {
        long day = c.date().firstDay().toEpochDay();
        return vm.dataProperty().get().conferences().stream()
                .filter(o -> o.id() != c.id() && Math.abs(o.date().firstDay().toEpochDay() - day) <= MERGE_WINDOW_DAYS)
                .toList();
    }

    private static MenuItem item(String id, String label, Runnable action) {
        MenuItem item = new MenuItem(label);
        if (id != null) item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private java.util.Optional<String> ask(String key, String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.getDialogPane().getButtonTypes().setAll(DialogButtons.ok(vm.text().i18n()), DialogButtons.cancel(vm.text().i18n()));
        dialog.setTitle(vm.text().get(key + ".title"));
        dialog.setHeaderText(null);
        dialog.setContentText(vm.text().get(key + ".prompt"));
        return dialog.showAndWait();
    }
}
