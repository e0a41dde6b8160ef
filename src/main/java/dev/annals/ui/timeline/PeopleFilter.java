package dev.annals.ui.timeline;

import dev.annals.logic.people.PeopleIndex;
import dev.annals.logic.people.Person;
import dev.annals.model.Conference;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.Reloader;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The timeline's people filter: the people to choose from, and those chosen; a conference passes when one of its
 * documents names any chosen person. People are known by their key, so a rename or merge keeps the choice.
 * Listing the people reads every document, so it waits until the choices are asked for (the menu opens) or
 * someone is chosen: the timeline opens without it (ADR 0207).
 */
public final class PeopleFilter {

    private static final Logger LOG = Logger.getLogger(PeopleFilter.class.getName());

    private final ObservableList<Person> choices = FXCollections.observableArrayList();
    private final ObservableList<Person> chosen = FXCollections.observableArrayList();
    private final Reloader<List<Person>> reloader;
    private final Runnable changed;
    private final BooleanProperty listed = new SimpleBooleanProperty();
    private Set<Long> named = Set.of();
    private boolean stale = true;

    /** {@code index} null: a timeline without people. */
    PeopleFilter(PeopleIndex index, BackgroundTasks tasks, TimelineText text, Runnable changed) {
        this.changed = changed;
        this.reloader = index == null ? null : Reloader.of(tasks, text.get("timeline.people.loading"),
                progress -> index.people(text::conferenceTitle), this::loaded, failure -> LOG.log(Level.WARNING, "timeline: cannot list the people", failure));
    }

    /** Everyone the articles name, the most named first. */
    public ObservableList<Person> choices() { return choices; }

    /** The people chosen; empty when the filter is off. */
    public ObservableList<Person> chosen() { return chosen; }

    public boolean isOn() { return !chosen.isEmpty(); }

    /** True while the choices are those of the library as it is now. */
    public ReadOnlyBooleanProperty listedProperty() { return listed; }

    /** Lists the people in the background, unless the choices are up to date. */
    public void listChoices() {
        if (reloader == null || !stale) return;
        stale = false;
        reloader.request();
    }

    /** The library changed: the choices are listed again now when people are chosen (they must follow), else when next asked for. */
    void reload() {
        stale = true;
        listed.set(false);
        if (!chosen.isEmpty()) listChoices();
    }

    public void set(Person person, boolean on) {
        List<Person> now = new java.util.ArrayList<>(chosen.stream().filter(p -> !p.key().equals(person.key())).toList());
        if (on) now.add(person);
        choose(now);
    }

    /** Chooses exactly these people. */
    public void choose(List<Person> people) {
        chosen.setAll(people);
        if (!people.isEmpty()) listChoices();
        Set<Long> docs = new HashSet<>();
        people.forEach(p -> docs.addAll(p.docIds()));
        named = docs;
        changed.run();
    }

    public void clear() {
        choose(List.of());
    }

    boolean passes(Conference c) {
        return chosen.isEmpty() || c.docIds().stream().anyMatch(named::contains);
    }

    private void loaded(List<Person> people) {
        choices.setAll(people);
        listed.set(!stale);
        // the chosen as they are now: renamed, with more documents, or merged into someone who has their written forms
        List<Person> now = new java.util.ArrayList<>();
        for (Person was : chosen) {
            people.stream().filter(p -> p.key().equals(was.key())).findFirst()
                    .or(() -> people.stream().filter(p -> p.variants().stream().anyMatch(was.variants()::contains)).findFirst())
                    .filter(p -> !now.contains(p)).ifPresent(now::add);
        }
        choose(now);
    }
}
