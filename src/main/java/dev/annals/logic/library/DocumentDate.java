package dev.annals.logic.library;

import dev.annals.model.DateSource;
import dev.annals.model.PartialDate;

/** A document's date, where it came from, and whether the user had set it: what undoing a date change restores. */
public record DocumentDate(long id, PartialDate date, DateSource source, boolean editedByUser) {
}
