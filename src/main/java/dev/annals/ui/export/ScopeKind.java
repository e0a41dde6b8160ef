package dev.annals.ui.export;

/** Which annotations the export dialog sends out. */
public enum ScopeKind {
    EVERYTHING, DOCUMENT, THEMES, DATES
}
