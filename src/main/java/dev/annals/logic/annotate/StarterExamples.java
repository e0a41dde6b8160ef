package dev.annals.logic.annotate;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.LibrarySettings;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Document;
import dev.annals.model.Theme;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A few annotations of the bundled articles with the starter themes, so that every view shows something on the
 * first start. They are marked as examples (see {@link ExampleMarks}) and removed together in one undoable step.
 */
public final class StarterExamples {

    static final String INSTALLED_KEY = "annotate.starterExamples";

    public record Stores(AnnotationStore annotations, DocumentStore documents, ExampleMarks marks, LibrarySettings settings) {
    }

    private final Stores stores;
    private final ThemeService themes;
    private final UndoHistory history;
    private final LibraryChanges changes;
    private final Clock clock;

    public StarterExamples(Stores stores, ThemeService themes, UndoHistory history, LibraryChanges changes, Clock clock) {
        this.stores = stores;
        this.themes = themes;
        this.history = history;
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Tags the example quotes the first time a library is opened, where the seed article and the theme are there;
     * later calls do nothing. Not undoable, like the starter codebook. Returns how many were placed.
     */
    public int installIfNew() {
        if (stores.settings().get(INSTALLED_KEY).isPresent()) return 0;
        List<Annotation> placed = new ArrayList<>();
        Instant now = clock.instant();
        for (StarterExampleList.Example e : StarterExampleList.ALL) {
            Optional<Theme> theme = themes.findByName(e.theme());
            Optional<Document> doc = seedDocument(e.seed(), e.quote());
            if (theme.isEmpty() || doc.isEmpty()) continue;
            String text = doc.get().text();
            var anchor = Anchorer.describe(text, QuoteFinder.find(text, e.quote(), 1));
            placed.add(new Annotation(0, doc.get().id(), theme.get().id(), anchor, e.note(), AnchorStatus.ANCHORED, doc.get().sha256(), now, now));
        }
        List<Annotation> created = stores.annotations().insertAll(placed);
        stores.marks().mark(created.stream().map(Annotation::id).toList());
        stores.settings().put(INSTALLED_KEY, "installed");
        if (!created.isEmpty()) changes.publish(LibraryChange.annotations(documentsOf(created)));
        return created.size();
    }

    /** The ids of the example annotations still in the library. */
    public Set<Long> ids() { return stores.marks().ids(); }

    /** Deletes every example annotation as one undoable step (undo brings them back, still examples); returns how many. */
    public int remove() {
        List<Annotation> gone = new ArrayList<>();
        for (long id : ids()) stores.annotations().findById(id).ifPresent(gone::add);
        if (gone.isEmpty()) return 0;
        List<Long> goneIds = gone.stream().map(Annotation::id).toList();
        Runnable delete = () -> stores.annotations().deleteAll(goneIds);
        Runnable restore = () -> {
            stores.annotations().restoreAll(gone);
            stores.marks().mark(goneIds);
        };
        Runnable announce = () -> changes.publish(LibraryChange.annotations(documentsOf(gone)));
        delete.run();
        history.record(new SimpleCommand("remove example annotations", restore, delete, announce));
        announce.run();
        return gone.size();
    }

    private Optional<Document> seedDocument(String seed, String quote) {
        return stores.documents().idsContaining(quote).stream().map(id -> stores.documents().find(id)).flatMap(Optional::stream)
                .filter(d -> seed.equals(d.originalName()) && d.text().contains(quote)).findFirst();
    }

    private static Set<Long> documentsOf(List<Annotation> annotations) {
        Set<Long> docs = new LinkedHashSet<>();
        annotations.forEach(a -> docs.add(a.docId()));
        return docs;
    }
}
