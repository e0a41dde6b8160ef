package dev.annals.model;

import java.util.List;

/**
 * What is known about an article besides its text. Any field may be null when unknown. {@code dateSource} says
 * where the date was read; {@code fields} keeps what the file states about itself (its header or page metadata),
 * in the order written, including keys Annals does not interpret.
 */
public record DocumentMetadata(String title, PartialDate date, String source, ConferenceKind kind, List<String> people,
                               DateSource dateSource, List<MetadataField> fields) {

    public DocumentMetadata {
        people = people == null ? List.of() : List.copyOf(people);
        fields = fields == null ? List.of() : List.copyOf(fields);
        if (date == null) dateSource = null;
    }

    public DocumentMetadata(String title, PartialDate date, String source, ConferenceKind kind, List<String> people) {
        this(title, date, source, kind, people, null, List.of());
    }

    public static DocumentMetadata empty() {
        return new DocumentMetadata(null, null, null, null, List.of());
    }

    /** The same metadata with another date, read from {@code from}. */
    public DocumentMetadata withDate(PartialDate newDate, DateSource from) {
        return new DocumentMetadata(title, newDate, source, kind, people, from, fields);
    }
}
