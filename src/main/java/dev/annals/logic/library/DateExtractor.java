package dev.annals.logic.library;

import dev.annals.model.DatePrecision;
import dev.annals.model.PartialDate;

import java.util.List;
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
        Integer knownYear = header.map(PartialDate::year).orElse(null);
        for (String paragraph : layout.lead()) {
            Optional<VietnameseDates.Found> dateline = VietnameseDates.dateline(SourceExtractor.withoutLeadingSource(paragraph));
            if (dateline.isPresent()) {
                Integer year = yearFor(dateline.get(), header, layout.opening());
                Optional<PartialDate> date = dateline.get().withYear(year);
                if (date.isPresent()) return date;
            }
            break;
        }
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

    static Optional<PartialDate> find(ArticleLayout layout, List<PartialDate> fromMarkup) {
        return fromMarkup.isEmpty() ? find(layout) : Optional.of(fromMarkup.get(0));
    }
}
