package dev.annals.ui.annotate;

import dev.annals.model.Theme;

/** A line of the codebook: a theme, how many annotations it has, and how deep it sits in the hierarchy. */
public record ThemeRow(Theme theme, int count, int depth) {

    public long id() { return theme.id(); }
}
