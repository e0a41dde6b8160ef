package dev.annals.logic.library;

import dev.annals.model.DatePrecision;
import dev.annals.model.PartialDate;

import java.util.Optional;

/**
 * The date of the event an article reports, with its precision, taken only from where articles state it: date
 * lines above the headline, the dateline opening the lead ("Ngày 17/8/2021", "Chiều 29-12" with the year from a
 * "date 2021-12" header), the header itself, or a "6 tháng đầu năm 2020" period in the opening. Dates further into
 * the body are about history or plans and are never used.
 */
final class DateExtractor {

    private DateExtractor() {
    }

    static Optional<PartialDate> find(ArticleLayout layout) {
        if (!layout.topDates().isEmpty()) return Optional.of(layout.topDates().get(0));
        Optional<PartialDate> header = layout.headerDate();
        Optional<PartialDate> dateline = layout.lead().stream().findFirst()
                .flatMap(lead -> VietnameseDates.dateline(SourceExtractor.withoutLeadingSource(lead)))
                .flatMap(found -> found.withYear(yearFor(found, header, layout.opening())));
        if (dateline.isPresent()) return dateline;
        if (header.isPresent()) return header;
        return VietnameseDates.halfYearPeriod(layout.opening()).map(PartialDate::ofYear);
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

    /** The date the page's markup declares wins over the text. */
    static Optional<PartialDate> find(ArticleLayout layout, PartialDate fromMarkup) {
        return fromMarkup != null ? Optional.of(fromMarkup) : find(layout);
    }
}
