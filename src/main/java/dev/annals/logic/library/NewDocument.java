package dev.annals.logic.library;

import dev.annals.model.DocumentMetadata;

import java.time.Instant;

/** A parsed article ready to be stored, with the bytes the user gave. */
public record NewDocument(DocumentMetadata metadata, String text, String sha256, int chars,
                          String originalName, byte[] originalBytes, Instant importedAt) {
}
