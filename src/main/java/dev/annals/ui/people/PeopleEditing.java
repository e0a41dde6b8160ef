package dev.annals.ui.people;

import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.people.PeopleEditException;
import dev.annals.logic.people.PeopleEditor;
import dev.annals.logic.people.Person;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.function.Supplier;

/**
 * The people view's edits: merge, split off, rename, checked here with a message the user can act on, saved in the
 * background as one step of the window's undo history. The list follows through the people change each publishes.
 */
public final class PeopleEditing {

    private final PeopleEditor editor;
    private final UndoHistory history;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper("");
    private String lastStep;

    public PeopleEditing(PeopleEditor editor, UndoHistory history, BackgroundTasks tasks, I18n i18n) {
        this.editor = editor;
        this.history = history;
        this.tasks = tasks;
        this.i18n = i18n;
    }

    /** Why the last edit asked for was refused; empty when it was not. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }

    /** What the last edit did, while it can be undone from here; empty otherwise. */
    public ReadOnlyStringProperty doneProperty() { return done.getReadOnlyProperty(); }

    /** Merges the people into the first of them (the most named, in list order). */
    public boolean merge(List<Person> people) {
        if (people.size() < 2) return refuse(i18n.t("people.merge.needTwo"));
        String into = people.get(0).name();
        return save(() -> editor.merge(people.stream().map(Person::key).toList()), i18n.t("people.merge.done", people.size(), into));
    }

    public boolean split(Person person, String variant) {
        if (person == null || variant == null) return refuse(i18n.t("people.split.choose"));
        if (person.variants().size() < 2) return refuse(i18n.t("people.split.only", variant));
        return save(() -> editor.split(variant), i18n.t("people.split.done", variant));
    }

    public boolean rename(Person person, String name) {
        if (person == null) return false;
        if (name == null || name.isBlank()) return refuse(i18n.t("people.rename.empty"));
        return save(() -> editor.rename(person.key(), name), i18n.t("people.rename.done", person.name(), name.strip()));
    }

    /** Takes back the last edit made here, if nothing else was done since. */
    public void undo() {
        String step = lastStep;
        clear();
        if (step == null || history.undoLabel().filter(step::equals).isEmpty()) return;
        tasks.submit(i18n.t("people.saving"), p -> history.undo(), ok -> { }, this::fail);
    }

    public void clear() {
        lastStep = null;
        done.set("");
        error.set("");
    }

    private boolean refuse(String message) {
        done.set("");
        error.set(message);
        return false;
    }

    private boolean save(Supplier<String> edit, String message) {
        error.set("");
        tasks.submit(i18n.t("people.saving"), p -> edit.get(), step -> {
            lastStep = step;
            done.set(message);
        }, this::fail);
        return true;
    }

    private void fail(Throwable failure) {
        done.set("");
        error.set(failure instanceof PeopleEditException e ? i18n.t("people.refused." + e.reason().name(), e.subject())
                : i18n.t("people.saveFailed", String.valueOf(failure.getMessage())));
    }
}
