package dev.annals.logic.search;

import dev.annals.model.PartialDate;

/** A document that matched, with its best hit [start, end) in code points of its normalized text. */
public record SearchHit(long docId, String title, PartialDate date, int start, int end, Snippet snippet) {
}
