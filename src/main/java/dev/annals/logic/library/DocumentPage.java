package dev.annals.logic.library;

import dev.annals.model.DocumentSummary;

import java.util.List;

/** The first documents of the library's list and how many documents the library holds in all. */
public record DocumentPage(List<DocumentSummary> documents, int total) {

    public DocumentPage {
        documents = List.copyOf(documents);
    }
}
