package dev.annals.logic.search;

import dev.annals.model.Span;

import java.util.List;

/** A theme of the codebook whose name matched, with the matching words of the name highlighted. */
public record ThemeHit(long themeId, String name, List<Span> highlights) {

    public ThemeHit {
        highlights = List.copyOf(highlights);
    }
}
