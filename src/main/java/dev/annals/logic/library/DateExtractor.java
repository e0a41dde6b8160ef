package dev.annals.logic.library;

import dev.annals.model.DatePrecision;
import dev.annals.model.DateSource;
import dev.annals.model.PartialDate;

import java.util.Optional;

/**
 * The date of an article as its text states it, with where it was read: a date line or byline next to the
 * headline, the dateline opening the lead ("Ngày 17/8/2021", "Chiều 29-12" with the year from a "date 2021-12"
 * header), the header itself, or a "6 tháng đầu năm 2020" period in the opening. Dates further into the body are
 * about history or plans and are never used.
 */
final class DateExtractor {

    private DateExtractor() {
    }

    static Optional<Dated> find(ArticleLayout layout) {
        if (!layout.topDates().isEmpty()) return Optional.of(new Dated(layout.topDates().get(0), DateSource.BYLINE));
        Optional<PartialDate> header = layout.headerDate();
        Optional<PartialDate> dateline = layout.lead().stream().findFirst()
                .flatMap(lead -> VietnameseDates.dateline(SourceExtractor.withoutLeadingSource(lead)))
                .flatMap(found -> found.withYear(yearFor(found, header, layout.opening())));
        if (dateline.isPresent()) return Optional.of(new Dated(dateline.get(), DateSource.DATELINE));
        if (header.isPresent()) return Optional.of(new Dated(header.get(), DateSource.HEADER));
        return VietnameseDates.halfYearPeriod(layout.opening()).map(year -> new Dated(PartialDate.ofYear(year), DateSource.TEXT));
    }

    /** A year for a dateline written without one: the header's, or the year of the period the opening names. */
    private static Integer yearFor(VietnameseDates.Found found, Optional<PartialDate> header, String opening) {
        if (found.year() != null) return found.year();
        if (header.isPresent()) {
            PartialDate h = header.get();
            boolean monthAfterHeader = h.precision() != DatePrecision.YEAR && found.month() > h.month();
            return monthAfterHeader ? h.year() - 1 : h.year();
        }
        return VietnameseDates.halfYearPeriod(opening).orElse(null);
    }

    /**
     * The date a header or the page's markup states wins over the text, unless the text says the same more precisely
     * ("date: 2021-06" and a lead opening "Ngày 21/6, …").
     */
    static Optional<Dated> find(ArticleLayout layout, Dated stated) {
        Optional<Dated> fromText = find(layout);
        if (stated == null) return fromText;
        return Optional.of(stated.refinedBy(fromText.orElse(null)));
    }
}
