package dev.annals.ui.people;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.people.PeopleEditor;
import dev.annals.logic.people.PeopleIndex;
import dev.annals.logic.people.Person;
import dev.annals.logic.text.Folding;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Navigator;
import dev.annals.ui.common.Reloader;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The people view's state: everyone the articles name (filtered by a few letters), the person chosen and their mentions. */
public final class PeopleViewModel {

    private static final Logger LOG = Logger.getLogger(PeopleViewModel.class.getName());

    private final Navigator navigator;
    private final I18n i18n;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Reloader<List<Person>> reloader;
    private final ObservableList<Person> chosen = FXCollections.observableArrayList();
    private final PeopleEditing editing;
    private Consumer<List<Person>> timelineOpener = people -> { };
    private List<Person> everyone = List.of();

    public PeopleViewModel(PeopleIndex index, PeopleEditor editor, UndoHistory history, BackgroundTasks tasks, Navigator navigator,
                           I18n i18n, FxLibraryChanges changes) {
        this.navigator = navigator;
        this.i18n = i18n;
        this.editing = new PeopleEditing(editor, history, tasks, i18n);
        this.reloader = Reloader.of(tasks, i18n.t("people.loading"),
                progress -> index.people((k, d) -> i18n.kindName(k) + (d == null ? "" : ", " + i18n.formatDate(d))), this::show, failure -> {
                    LOG.log(Level.WARNING, "cannot list the people", failure);
                    message.set(i18n.t("people.failed"));
                });
        filter.addListener((o, was, now) -> applyFilter());
        changes.subscribe(change -> {
            if (change.changesDocuments() || change.has(LibraryChange.Aspect.CONFERENCES) || change.has(LibraryChange.Aspect.PEOPLE)) reload();
        });
    }

    public ObservableList<Person> people() { return people; }

    /** A few letters of a name, tone marks optional. */
    public StringProperty filterProperty() { return filter; }

    public ObjectProperty<Person> selectedProperty() { return selected; }

    /** The people selected in the list, in list order (most named first); what Merge and Show on timeline act on. */
    public ObservableList<Person> chosen() { return chosen; }

    public PeopleEditing editing() { return editing; }

    /** Merges the chosen people into the most named of them, which stays selected. */
    public void merge() {
        List<Person> ordered = people.stream().filter(chosen::contains).toList();
        if (ordered.size() > 1) selected.set(ordered.get(0)); // before the list is read again with the merged person
        editing.merge(ordered);
    }

    /** Splits one written form off the selected person into a person of its own. */
    public void splitOff(String variant) {
        editing.split(selected.get(), variant);
    }

    public boolean rename(String name) {
        return editing.rename(selected.get(), name);
    }

    /** Where Show on timeline takes the chosen people. */
    public void setTimelineOpener(Consumer<List<Person>> opener) {
        this.timelineOpener = opener;
    }

    /** Shows the timeline limited to the conferences that name the chosen people (the selected one when none is). */
    public void showOnTimeline() {
        List<Person> which = chosen.isEmpty() && selected.get() != null ? List.of(selected.get()) : List.copyOf(chosen);
        if (!which.isEmpty()) timelineOpener.accept(which);
    }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public void reload() {
        reloader.request();
    }

    private void show(List<Person> loaded) {
        everyone = loaded;
        applyFilter();
    }

    private void applyFilter() {
        String wanted = Folding.fold(filter.get() == null ? "" : filter.get().strip());
        String was = selected.get() == null ? null : selected.get().key();
        people.setAll(everyone.stream().filter(p -> wanted.isEmpty() || Folding.fold(p.name()).contains(wanted)
                || p.variants().stream().anyMatch(v -> Folding.fold(v).contains(wanted))).toList());
        selected.set(null); // the list lost its selection with its items: choosing again shows it even when the person is equal
        selected.set(people.stream().filter(p -> p.key().equals(was)).findFirst().orElse(people.isEmpty() ? null : people.get(0)));
        message.set(everyone.isEmpty() ? i18n.t("people.none") : i18n.t("people.count", people.size(), everyone.size()));
    }

    /** Opens the document of a mention in the reader. */
    public void open(Person.Mention mention) {
        if (mention != null) navigator.openDocument(mention.docId(), 0, 0);
    }

    /** "Trung tướng (2021-08-17) → Thượng tướng (2024-11-20)". */
    public String titlesOverTime(Person person) {
        return String.join(" \u2192 ", person.titles().stream().map(t -> t.first() == null ? t.title()
                : t.title() + " (" + i18n.formatDate(t.first()) + (t.last().equals(t.first()) ? "" : " \u2013 " + i18n.formatDate(t.last())) + ")").toList());
    }
}
