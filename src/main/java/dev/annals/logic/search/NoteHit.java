package dev.annals.logic.search;

/** An annotation whose note matched; [start, end) is the annotated passage in its document. */
public record NoteHit(long annotationId, long docId, String documentTitle, String theme, int start, int end,
                      Snippet note) {
}
