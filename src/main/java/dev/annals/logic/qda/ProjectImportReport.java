package dev.annals.logic.qda;

import java.util.List;

/**
 * What a REFI-QDA import did: sources, codes and selections imported, merged with what the library already had,
 * and skipped, each merged or skipped item with its reason; and how many memos were kept.
 */
public record ProjectImportReport(Counts sources, Counts codes, Counts selections, int memos, List<Item> items) {

    public static final String IMPORTED = "imported";
    public static final String MERGED = "merged";
    public static final String SKIPPED = "skipped";

    public record Counts(int imported, int merged, int skipped) {
    }

    /** {@code kind} is "source", "code", "selection" or "file"; {@code status} merged or skipped. */
    public record Item(String kind, String name, String status, String reason) {
    }

    public ProjectImportReport {
        items = List.copyOf(items);
    }
}
