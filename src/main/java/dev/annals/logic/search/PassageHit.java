package dev.annals.logic.search;

import dev.annals.model.PartialDate;
import dev.annals.model.TextAnchor;

/**
 * One hit of a query in one document: whole words, as a code-point range with its quote and the text around it
 * ({@link TextAnchor}), and the text's hash, so that it can be tagged as it is.
 */
public record PassageHit(long docId, String title, PartialDate date, String textSha256, TextAnchor anchor) {
}
