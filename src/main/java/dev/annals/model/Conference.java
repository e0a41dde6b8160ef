package dev.annals.model;

import java.util.List;

/** An event reported by one or more documents. */
public record Conference(long id, String title, PartialDate date, ConferenceKind kind, List<Long> docIds) {

    public Conference {
        docIds = List.copyOf(docIds);
    }
}
