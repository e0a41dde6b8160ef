package dev.annals.model;

import java.time.Instant;

/** A passage of a document tagged with a theme, with an optional note. */
public record Annotation(long id, long docId, long themeId, TextAnchor anchor, String note, AnchorStatus status,
                         String textSha256, Instant created, Instant modified) {
}
