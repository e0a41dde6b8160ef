package dev.annals.logic.export;

/**
 * What happened to one imported annotation. {@code status}: anchored, duplicate (already in the library),
 * orphaned (its document is here but the quote is not), unknown-document, or invalid. Fields not known are null.
 */
public record ImportDetail(String id, String status, Long docId, String theme, Integer start, Integer end, String reason) {

    public static final String ANCHORED = "anchored";
    public static final String DUPLICATE = "duplicate";
    public static final String ORPHANED = "orphaned";
    public static final String UNKNOWN_DOCUMENT = "unknown-document";
    public static final String INVALID = "invalid";
}
