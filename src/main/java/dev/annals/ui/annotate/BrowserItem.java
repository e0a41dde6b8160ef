package dev.annals.ui.annotate;

import dev.annals.model.Annotation;
import dev.annals.model.DocumentSummary;
import dev.annals.model.Theme;

/** A line of the theme browser: a document heading with its passage count, or one passage. */
public sealed interface BrowserItem {

    record DocumentHeading(DocumentSummary document, int passages) implements BrowserItem {
    }

    /** {@code example}: one of the starter examples installed with the bundled articles. */
    record Passage(Annotation annotation, Theme theme, boolean example) implements BrowserItem {
    }
}
