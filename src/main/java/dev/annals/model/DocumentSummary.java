package dev.annals.model;

/** A row of the library list: everything but the text. */
public record DocumentSummary(long id, String title, PartialDate date, String source, ConferenceKind kind,
                              int chars, String sha256, int annotationCount) {
}
