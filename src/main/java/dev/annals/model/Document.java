package dev.annals.model;

import java.time.Instant;

/**
 * A stored article: its normalized text and metadata. Offsets into {@code text} are counted in code points
 * at every API boundary; {@code chars} is the number of code points.
 */
public record Document(long id, DocumentMetadata metadata, String text, String sha256, int chars,
                       String originalName, Instant importedAt) {

    public String title() { return metadata.title(); }

    public PartialDate date() { return metadata.date(); }
}
