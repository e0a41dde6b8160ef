package dev.annals.logic.library;

import dev.annals.model.DocumentMetadata;

import java.util.List;

/**
 * An article file turned into normalized text and extracted metadata, with warnings for the user.
 * {@code originalName} and {@code originalBytes} are set when the article is only part of its file (a chapter of
 * an EPUB collection), to keep that part as its original instead of the whole file.
 */
public record ParsedArticle(String text, DocumentMetadata metadata, List<String> warnings, String originalName,
                            byte[] originalBytes) {

    public ParsedArticle {
        warnings = List.copyOf(warnings);
    }

    public ParsedArticle(String text, DocumentMetadata metadata, List<String> warnings) {
        this(text, metadata, warnings, null, null);
    }
}
