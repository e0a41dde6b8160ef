package dev.annals.model;

import java.util.List;

/** What is known about an article besides its text. Any field may be null when unknown. */
public record DocumentMetadata(String title, PartialDate date, String source, ConferenceKind kind, List<String> people) {

    public DocumentMetadata {
        people = people == null ? List.of() : List.copyOf(people);
    }

    public static DocumentMetadata empty() {
        return new DocumentMetadata(null, null, null, null, List.of());
    }
}
