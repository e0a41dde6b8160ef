package dev.annals.logic.export;

import dev.annals.model.Span;
import dev.annals.logic.library.DocumentStore;

/**
 * Where a quote from a text that is not in the library certainly belongs: the places in the whole library where
 * the exact quote stands with the given prefix right before it and the suffix right after. Only when there is
 * exactly one such place is it used; a near match never is (a foreign name must not land on a similar one here).
 */
final class ExactPlacement {

    /** The one place: the text and the code-point range in it. */
    record Place(OpenTexts.Text text, Span span) {
    }

    private final DocumentStore documents;
    private final OpenTexts texts;

    ExactPlacement(DocumentStore documents, OpenTexts texts) {
        this.documents = documents;
        this.texts = texts;
    }

    /** The single place where the quote and its context agree, or null when there is none or more than one. */
    Place find(String exact, String prefix, String suffix) {
        Place found = null;
        for (long docId : documents.idsContaining(exact)) {
            OpenTexts.Text text = texts.open(docId);
            String body = text.doc().text();
            for (int at = body.indexOf(exact); at >= 0; at = body.indexOf(exact, at + 1)) {
                if (!body.startsWith(prefix, at - prefix.length()) || !body.startsWith(suffix, at + exact.length())) continue;
                if (found != null) return null;
                int start = body.codePointCount(0, at);
                found = new Place(text, new Span(start, start + exact.codePointCount(0, exact.length())));
            }
        }
        return found;
    }
}
