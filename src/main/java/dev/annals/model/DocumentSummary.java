package dev.annals.model;

/** A row of the library list: everything but the text. {@code dateSource} is null when the date is unknown. */
public record DocumentSummary(long id, String title, PartialDate date, String source, ConferenceKind kind,
                              int chars, String sha256, int annotationCount, DateSource dateSource) {

    public DocumentSummary {
        if (date == null) dateSource = null;
    }

    public DocumentSummary(long id, String title, PartialDate date, String source, ConferenceKind kind,
                           int chars, String sha256, int annotationCount) {
        this(id, title, date, source, kind, chars, sha256, annotationCount, null);
    }
}
