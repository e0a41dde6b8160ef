package dev.annals.logic.timeline;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.timeline.StoredConference.Link;
import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The conferences of the library: derived from the documents' kinds and dates, and edited by the user
 * (rename, re-date, change kind, merge, split, re-link). Every edit pins the conference, so it lasts across
 * later imports (ADR 0701).
 */
public final class ConferenceService {

    private final ConferenceStore store;
    private final DocumentStore documents;
    private final LibraryChanges changes;

    /** The user's edits are published to {@code changes}; regrouping after an import is not (it follows that change). */
    public ConferenceService(ConferenceStore store, DocumentStore documents, LibraryChanges changes) {
        this.store = store;
        this.documents = documents;
        this.changes = changes;
    }

    /**
     * The conferences, oldest first, after grouping any document not yet placed. A conference the user has not
     * named takes the title of its best-dated document, else {@code namer}'s title from its kind and date. The
     * documents are read only when they changed since the conferences were last grouped.
     */
    public List<Conference> conferences(ConferenceNamer namer) {
        return conferences(namer, documents::list);
    }

    /** The same, with {@code docs} as the library's documents if they must be grouped again (the caller has read them). */
    public List<Conference> conferences(ConferenceNamer namer, List<DocumentSummary> docs) {
        return conferences(namer, () -> docs);
    }

    private synchronized List<Conference> conferences(ConferenceNamer namer, Supplier<List<DocumentSummary>> docs) {
        List<StoredConference> current = current(docs);
        Map<Long, String> titles = store.documentTitles();
        return current.stream().map(c -> new Conference(c.id(), title(c, titles, namer), c.date(), c.kind(), c.docIds())).toList();
    }

    private static String title(StoredConference c, Map<Long, String> documentTitles, ConferenceNamer namer) {
        if (c.title() != null) return c.title();
        String fromDocument = documentTitles.get(c.id());
        return fromDocument != null ? fromDocument : namer.name(c.kind(), c.date());
    }

    /**
     * The conferences as stored, grouped again first (respecting the user's edits, and stored when that changed them)
     * if the documents changed or the user edited the conferences since the last grouping.
     */
    public synchronized List<StoredConference> refresh() {
        return current(documents::list);
    }

    /** The stored conferences when nothing they are grouped from changed since, else the documents grouped again. */
    private List<StoredConference> current(Supplier<List<DocumentSummary>> docs) {
        OptionalLong version = store.documentsVersion(); // before the documents are read: a change meanwhile groups again next time
        List<StoredConference> stored = store.findAll();
        if (version.isPresent() && store.isGroupedAt(version.getAsLong())) {
            return stored.stream().sorted(ConferenceGrouper.OLDEST_FIRST).toList();
        }
        List<StoredConference> regrouped = ConferenceGrouper.regroup(stored, docs.get());
        List<StoredConference> result = sameConferences(stored, regrouped) ? regrouped
                : store.replaceAll(regrouped).stream().sorted(ConferenceGrouper.OLDEST_FIRST).toList(); // new ones got their ids just now
        version.ifPresent(store::markGrouped);
        return result;
    }

    /** A null or blank title goes back to the generated one. */
    public void rename(long id, String title) {
        edit(id, c -> new StoredConference(c.id(), title, c.date(), c.kind(), true, c.links()));
    }

    public void redate(long id, PartialDate date) {
        edit(id, c -> new StoredConference(c.id(), c.title(), date, c.kind(), true, c.links()));
    }

    public void changeKind(long id, ConferenceKind kind) {
        edit(id, c -> new StoredConference(c.id(), c.title(), c.date(), kind, true, c.links()));
    }

    /** Forgets the user's edits: the conference's documents are grouped automatically again. */
    public synchronized void forgetEdits(long id) {
        List<StoredConference> all = new ArrayList<>(refresh());
        StoredConference c = find(all, id);
        all.set(all.indexOf(c), new StoredConference(c.id(), null, c.date(), c.kind(), false,
                c.links().stream().map(l -> new Link(l.docId(), false)).toList()));
        store.replaceAll(all);
        refresh();
        changes.publish(LibraryChange.conferences());
    }

    /** Moves the documents of {@code others} into {@code targetId} and removes them. */
    public synchronized void merge(long targetId, Collection<Long> others) {
        List<StoredConference> all = new ArrayList<>(refresh());
        StoredConference target = find(all, targetId);
        List<Link> links = new ArrayList<>(target.links());
        Map<Long, Long> mergedInto = new HashMap<>();
        for (long otherId : others) {
            if (otherId == targetId) continue;
            StoredConference other = find(all, otherId);
            links.addAll(other.links());
            all.remove(other);
            mergedInto.put(otherId, targetId);
        }
        all.set(all.indexOf(target), target.withLinks(links).pinned());
        store.replaceAll(all, mergedInto);
        changes.publish(LibraryChange.conferences());
    }

    /** Moves these documents out of the conference into a new one with the same kind and date; returns its id. */
    public synchronized long split(long id, Collection<Long> docIds) {
        List<StoredConference> all = new ArrayList<>(refresh());
        StoredConference c = find(all, id);
        Set<Long> moving = new HashSet<>(docIds);
        List<Link> staying = c.links().stream().filter(l -> !moving.contains(l.docId())).toList();
        List<Link> leaving = c.links().stream().filter(l -> moving.contains(l.docId())).toList();
        if (leaving.isEmpty() || staying.isEmpty()) throw new IllegalArgumentException("a split needs documents on both sides");
        all.set(all.indexOf(c), c.withLinks(staying).pinned());
        all.add(new StoredConference(0, null, c.date(), c.kind(), true, leaving).pinned());
        List<StoredConference> saved = store.replaceAll(all);
        changes.publish(LibraryChange.conferences());
        return saved.get(saved.size() - 1).id();
    }

    /** Puts a document into another conference; the one it leaves disappears when it has no documents left. */
    public synchronized void relink(long docId, long targetId) {
        List<StoredConference> all = new ArrayList<>(refresh());
        StoredConference target = find(all, targetId);
        List<StoredConference> out = new ArrayList<>();
        for (StoredConference c : all) {
            List<Link> kept = c.links().stream().filter(l -> l.docId() != docId).toList();
            if (c.id() == targetId) {
                List<Link> links = new ArrayList<>(kept);
                links.add(new Link(docId, true));
                out.add(target.withLinks(links).pinned());
            } else if (!kept.isEmpty()) {
                out.add(c.withLinks(kept));
            }
        }
        store.replaceAll(out);
        changes.publish(LibraryChange.conferences());
    }

    private synchronized void edit(long id, UnaryOperator<StoredConference> change) {
        List<StoredConference> all = new ArrayList<>(refresh());
        StoredConference c = find(all, id);
        all.set(all.indexOf(c), change.apply(c).pinned());
        store.replaceAll(all);
        changes.publish(LibraryChange.conferences());
    }

    private static StoredConference find(List<StoredConference> all, long id) {
        return all.stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no conference with id " + id));
    }

    private static boolean sameConferences(List<StoredConference> a, List<StoredConference> b) {
        if (a.size() != b.size()) return false;
        Set<StoredConference> left = new HashSet<>();
        for (StoredConference c : a) left.add(normalized(c));
        for (StoredConference c : b) if (!left.contains(normalized(c))) return false;
        return true;
    }

    private static StoredConference normalized(StoredConference c) {
        List<Link> sorted = c.links().stream().sorted(Comparator.comparingLong(Link::docId)).toList();
        return c.withLinks(sorted);
    }
}
