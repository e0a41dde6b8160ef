package dev.annals.ui.library;

import dev.annals.logic.library.ImportResult;

import java.util.List;

/** How an import ended: each file's result, and whether the user cancelled it before the end. */
public record ImportSummary(List<ImportResult> results, boolean cancelled) {

    public ImportSummary {
        results = List.copyOf(results);
    }

    public long imported() {
        return count(ImportResult.Status.IMPORTED);
    }

    public long duplicates() {
        return count(ImportResult.Status.DUPLICATE);
    }

    public long failed() {
        return count(ImportResult.Status.FAILED);
    }

    /** The results the user may want to read about: duplicates and failures. */
    public List<ImportResult> notImported() {
        return results.stream().filter(r -> r.status() != ImportResult.Status.IMPORTED).toList();
    }

    private long count(ImportResult.Status status) {
        return results.stream().filter(r -> r.status() == status).count();
    }
}
