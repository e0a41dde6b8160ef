package dev.annals.logic.export;

import java.util.List;

/**
 * The outcome of importing an annotation file. {@code orphaned} counts annotations whose document is here but
 * whose quote is not (kept as orphans to re-attach); {@code unknownDocuments} those whose document is not in this
 * library and whose quote is not certainly anywhere (not stored); {@code skipped} those already there;
 * {@code invalid} items that were not usable annotations.
 */
public record AnnotationImportReport(int anchored, int orphaned, int unknownDocuments, int skipped, int invalid, int themesCreated,
                                     List<ImportDetail> details) {

    public AnnotationImportReport {
        details = List.copyOf(details);
    }

    public boolean complete() {
        return orphaned == 0 && unknownDocuments == 0 && invalid == 0;
    }
}
