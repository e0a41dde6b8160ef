package dev.annals.model;

/** Whether an annotation's quote could be placed in its document's current text. */
public enum AnchorStatus {
    ANCHORED, ORPHANED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
