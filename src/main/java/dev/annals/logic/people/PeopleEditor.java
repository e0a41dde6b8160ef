package dev.annals.logic.people;

import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.annotate.UndoableCommand;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.timeline.ConferenceNamer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The user's corrections of the people index: merge people, split a written form off into a person of its own,
 * rename a person. Each is stored at once, is one step of the session's undo history and is published as a
 * {@link LibraryChange#people()} change.
 */
public final class PeopleEditor {

    private final PeopleIndex index;
    private final PersonEditStore store;
    private final UndoHistory history;
    private final LibraryChanges changes;

    public PeopleEditor(PeopleIndex index, PersonEditStore store, UndoHistory history, LibraryChanges changes) {
        this.index = index;
        this.store = store;
        this.history = history;
        this.changes = changes;
    }

    /**
     * Merges the people with these keys into the first; the merged person keeps the first one's name. Each method
     * returns the label of its step in the undo history.
     */
    public String merge(List<String> keys) {
        PeopleEdits edits = new PeopleEdits(store.all());
        Set<String> roots = new LinkedHashSet<>();
        keys.forEach(k -> roots.add(edits.root(k)));
        if (roots.size() < 2) throw new PeopleEditException(PeopleEditException.Reason.ONE_PERSON, String.join(", ", keys));
        List<String> ordered = List.copyOf(roots);
        List<PersonEdit> add = ordered.subList(1, ordered.size()).stream().map(k -> PersonEdit.merge(k, ordered.get(0))).toList();
        return apply("merge people " + String.join(", ", ordered), List.of(), add);
    }

    /** Makes the written form ("Đại tướng Tô Lâm") a person of its own, named as written. */
    public String split(String written) {
        String form = PeopleIndex.key(written);
        Person from = index.people(ConferenceNamer.ENGLISH).stream()
                .filter(p -> p.variants().stream().anyMatch(v -> PeopleIndex.key(v).equals(form))).findFirst()
                .orElseThrow(() -> new PeopleEditException(PeopleEditException.Reason.UNKNOWN_FORM, written));
        if (from.variants().size() < 2 || from.key().equals(PeopleEdits.FORM + form)) {
            throw new PeopleEditException(PeopleEditException.Reason.ALREADY_ALONE, written);
        }
        List<PersonEdit> all = store.all();
        List<PersonEdit> remove = all.stream().filter(e -> e.kind() == PersonEdit.Kind.MERGE && e.subject().equals(PeopleEdits.FORM + form)).toList();
        List<PersonEdit> add = all.contains(PersonEdit.split(form)) ? List.of() : List.of(PersonEdit.split(form));
        return apply("split off " + written, remove, add);
    }

    /** Shows the person under a name of the user's choice. */
    public String rename(String key, String name) {
        String clean = name == null ? "" : Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
        if (clean.isEmpty()) throw new PeopleEditException(PeopleEditException.Reason.EMPTY_NAME, key);
        List<PersonEdit> all = store.all();
        String root = new PeopleEdits(all).root(key);
        List<PersonEdit> remove = all.stream().filter(e -> e.kind() == PersonEdit.Kind.RENAME && e.subject().equals(root)).toList();
        return apply("rename " + root + " to " + clean, remove, List.of(PersonEdit.rename(root, clean)));
    }

    /** Stores the edit; returns the label of its undo step. */
    private String apply(String label, List<PersonEdit> remove, List<PersonEdit> add) {
        store.replace(remove, add);
        history.record(new Step(label, new ArrayList<>(remove), new ArrayList<>(add)));
        changes.publish(LibraryChange.people());
        return label;
    }

    private final class Step implements UndoableCommand {
        private final String label;
        private final List<PersonEdit> removed;
        private final List<PersonEdit> added;

        private Step(String label, List<PersonEdit> removed, List<PersonEdit> added) {
            this.label = label;
            this.removed = removed;
            this.added = added;
        }

        @Override
        public String label() { return label; }

        @Override
        public void undo() { store.replace(added, removed); }

        @Override
        public void redo() { store.replace(removed, added); }

        @Override
        public void announce() { changes.publish(LibraryChange.people()); }
    }
}
