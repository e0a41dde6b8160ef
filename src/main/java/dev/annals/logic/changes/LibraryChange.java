package dev.annals.logic.changes;

import java.util.EnumSet;
import java.util.Set;

/**
 * One committed write to the library, as those who show the library need to hear of it: what kind of thing
 * changed, and the documents it concerns (empty when it concerns none in particular).
 */
public record LibraryChange(Set<Aspect> aspects, Set<Long> docIds) {

    /** What a write changed. */
    public enum Aspect {
        DOCUMENTS_ADDED, DOCUMENTS_EDITED, DOCUMENTS_DELETED, ANNOTATIONS, THEMES, CONFERENCES, MEMOS, PEOPLE
    }

    public LibraryChange {
        if (aspects.isEmpty()) throw new IllegalArgumentException("a change changes something");
        aspects = Set.copyOf(aspects);
        docIds = Set.copyOf(docIds);
    }

    public static LibraryChange documentsAdded(Set<Long> ids) { return new LibraryChange(Set.of(Aspect.DOCUMENTS_ADDED), ids); }

    /** A document's metadata changed. */
    public static LibraryChange documentEdited(long id) { return documentsEdited(Set.of(id)); }

    /** Several documents' metadata changed at once (a date given to all of them). */
    public static LibraryChange documentsEdited(Set<Long> ids) { return new LibraryChange(Set.of(Aspect.DOCUMENTS_EDITED), ids); }

    /** A document's text changed, and with it the places of its annotations. */
    public static LibraryChange textCorrected(long id) {
        return new LibraryChange(EnumSet.of(Aspect.DOCUMENTS_EDITED, Aspect.ANNOTATIONS), Set.of(id));
    }

    /** Documents were deleted, and their annotations with them. */
    public static LibraryChange documentsDeleted(Set<Long> ids) {
        return new LibraryChange(EnumSet.of(Aspect.DOCUMENTS_DELETED, Aspect.ANNOTATIONS), ids);
    }

    public static LibraryChange annotations(long docId) { return annotations(Set.of(docId)); }

    public static LibraryChange annotations(Set<Long> docIds) { return new LibraryChange(Set.of(Aspect.ANNOTATIONS), docIds); }

    /** A project came in whole: documents, their annotations and the codebook, in one transaction. */
    public static LibraryChange projectImported(Set<Long> docIds) {
        return new LibraryChange(EnumSet.of(Aspect.DOCUMENTS_ADDED, Aspect.ANNOTATIONS, Aspect.THEMES), docIds);
    }

    /** The codebook changed; {@code docIds} are the documents whose annotations moved or went with it. */
    public static LibraryChange themes(Set<Long> docIds) {
        return new LibraryChange(docIds.isEmpty() ? Set.of(Aspect.THEMES) : EnumSet.of(Aspect.THEMES, Aspect.ANNOTATIONS), docIds);
    }

    /** A memo was written, changed or cleared; no document's text or annotations change with it. */
    public static LibraryChange memos() { return new LibraryChange(Set.of(Aspect.MEMOS), Set.of()); }

    public static LibraryChange conferences() { return new LibraryChange(Set.of(Aspect.CONFERENCES), Set.of()); }

    /** The user merged, split off or renamed people. */
    public static LibraryChange people() { return new LibraryChange(Set.of(Aspect.PEOPLE), Set.of()); }

    public boolean has(Aspect aspect) { return aspects.contains(aspect); }

    /** Documents came, went, or their metadata (title, date, kind…) changed. */
    public boolean changesDocuments() {
        return has(Aspect.DOCUMENTS_ADDED) || has(Aspect.DOCUMENTS_EDITED) || has(Aspect.DOCUMENTS_DELETED);
    }

    /** Annotations came, went or moved, or the themes they show (names, colours, order) changed. */
    public boolean changesAnnotations() { return has(Aspect.ANNOTATIONS) || has(Aspect.THEMES); }

    /** True when the document's metadata, text or annotations may look different now (a codebook change concerns all). */
    public boolean affects(long docId) { return has(Aspect.THEMES) || docIds.contains(docId); }
}
