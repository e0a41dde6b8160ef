package dev.annals.logic.library;

import dev.annals.model.DocumentMetadata;

import java.util.List;

/** An article file turned into normalized text and extracted metadata, with warnings for the user. */
public record ParsedArticle(String text, DocumentMetadata metadata, List<String> warnings) {

    public ParsedArticle {
        warnings = List.copyOf(warnings);
    }
}
