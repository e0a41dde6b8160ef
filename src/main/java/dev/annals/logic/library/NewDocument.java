package dev.annals.logic.library;

import dev.annals.logic.text.Folding;
import dev.annals.model.DocumentMetadata;

import java.time.Instant;

/**
 * A parsed article ready to be stored, with the bytes the user gave and the folded text the search index
 * holds, and the key that finds the same article in another format ({@link Hashing#wordsKey}). Import folds and
 * hashes on its worker threads, so the thread that writes the library does not.
 */
public record NewDocument(DocumentMetadata metadata, String text, String sha256, int chars,
                          String originalName, byte[] originalBytes, Instant importedAt, String searchText,
                          String wordsKey) {

    public NewDocument(DocumentMetadata metadata, String text, String sha256, int chars,
                       String originalName, byte[] originalBytes, Instant importedAt, String searchText) {
        this(metadata, text, sha256, chars, originalName, originalBytes, importedAt, searchText, Hashing.wordsKey(text));
    }

    public NewDocument(DocumentMetadata metadata, String text, String sha256, int chars,
                       String originalName, byte[] originalBytes, Instant importedAt) {
        this(metadata, text, sha256, chars, originalName, originalBytes, importedAt, Folding.fold(text));
    }
}
