package dev.annals.logic.analysis;

/** A tagged passage as an analysis lists it: which annotation, in which document, where, and its words. */
public record Passage(long annotationId, long themeId, long docId, String documentTitle, int start, int end, String quote) {
}
