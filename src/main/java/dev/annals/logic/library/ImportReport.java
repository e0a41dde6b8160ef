package dev.annals.logic.library;

import dev.annals.model.DateSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch of imports came to, for a person to act on: how many files were imported, were duplicates or
 * failed, and of the imported documents how many got a date, from where, and how many got none or no title.
 */
public record ImportReport(int imported, int duplicates, int failed, int dated, Map<DateSource, Integer> dateSources,
                           int undated, int untitled) {

    public ImportReport {
        dateSources = Map.copyOf(dateSources);
    }

    public static ImportReport of(List<ImportResult> results) {
        int imported = 0;
        int duplicates = 0;
        int failed = 0;
        int untitled = 0;
        Map<DateSource, Integer> sources = new EnumMap<>(DateSource.class);
        for (ImportResult r : results) {
            switch (r.status()) {
                case DUPLICATE -> duplicates++;
                case FAILED -> failed++;
                case IMPORTED -> {
                    imported++;
                    if (r.title() == null || r.title().isBlank()) untitled++;
                    if (r.date() != null && r.dateSource() != null) sources.merge(r.dateSource(), 1, Integer::sum);
                }
            }
        }
        int dated = sources.values().stream().mapToInt(Integer::intValue).sum();
        return new ImportReport(imported, duplicates, failed, dated, sources, imported - dated, untitled);
    }

    /** How many imported documents took their date from {@code source}. */
    public int from(DateSource source) {
        return dateSources.getOrDefault(source, 0);
    }
}
