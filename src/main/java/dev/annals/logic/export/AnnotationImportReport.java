package dev.annals.logic.export;

import java.util.List;

/**
 * The outcome of importing an annotation file. {@code orphaned} counts every annotation that could not be placed
 * (quote not found, or document not in this library); {@code skipped} those already there; {@code invalid} items
 * that were not usable annotations.
 */
public record AnnotationImportReport(int anchored, int orphaned, int skipped, int invalid, int themesCreated,
                                     List<ImportDetail> details) {

    public AnnotationImportReport {
        details = List.copyOf(details);
    }

    public boolean complete() {
        return orphaned == 0 && invalid == 0;
    }
}
