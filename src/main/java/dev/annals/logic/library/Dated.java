package dev.annals.logic.library;

import dev.annals.model.DatePrecision;
import dev.annals.model.DateSource;
import dev.annals.model.PartialDate;

/** A date found for an article and where it was read. */
record Dated(PartialDate date, DateSource source) {

    /** This date, or {@code finer} when that is more precise and falls within it ("2021-06" and "21/6/2021"). */
    Dated refinedBy(Dated finer) {
        if (finer == null || date.precision() == DatePrecision.DAY) return this;
        boolean within = !finer.date().firstDay().isBefore(date.firstDay()) && finer.date().firstDay().isBefore(date.endExclusive());
        return within && finer.date().precision().compareTo(date.precision()) > 0 ? finer : this;
    }
}
