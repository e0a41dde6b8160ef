package dev.annals.model;

import java.time.Instant;

/**
 * A memo kept with the library: about a document, a theme, or the library as a whole (both ids null). Memos come
 * in with REFI-QDA projects (notes about a source or a code), so that importing one loses no writing.
 */
public record Memo(long id, Long docId, Long themeId, String title, String text, String origin, Instant created) {

    public Memo {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        origin = origin == null ? "" : origin;
    }
}
