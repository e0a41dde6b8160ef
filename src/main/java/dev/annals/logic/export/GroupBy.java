package dev.annals.logic.export;

/** How the Markdown report is organised. */
public enum GroupBy {
    THEME, DOCUMENT
}
