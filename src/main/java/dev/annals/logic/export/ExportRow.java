package dev.annals.logic.export;

import dev.annals.model.Annotation;
import dev.annals.model.AnchorStatus;
import dev.annals.model.DocumentSummary;
import dev.annals.model.Theme;

/** One annotation with the document and theme it belongs to, as the writers see it. */
record ExportRow(Annotation annotation, DocumentSummary document, Theme theme) {

    boolean orphaned() {
        return annotation.status() == AnchorStatus.ORPHANED;
    }

    String note() {
        return annotation.note() == null ? "" : annotation.note();
    }

    String documentTitle() {
        return document.title() == null || document.title().isBlank() ? "#" + document.id() : document.title();
    }
}
