package dev.annals.logic.annotate;

import java.util.Set;

/**
 * What an annotation or theme operation (or its undo/redo) changed: the documents whose annotations changed
 * (empty when none) and whether the codebook changed. Views reload what concerns them.
 */
public record AnnotateChange(Set<Long> docIds, boolean themesChanged) {

    public AnnotateChange {
        docIds = Set.copyOf(docIds);
    }

    public static AnnotateChange document(long docId) { return new AnnotateChange(Set.of(docId), false); }

    public static AnnotateChange themes(Set<Long> docIds) { return new AnnotateChange(docIds, true); }

    /** True for a change whose documents are unknown or many: reload everything. */
    public boolean affects(long docId) { return themesChanged || docIds.contains(docId); }
}
