package dev.annals.logic.library;

import dev.annals.model.PartialDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Optional;

/** The publication date an HTML page declares in its meta tags or a {@code <time datetime>} element. */
final class HtmlDates {

    private static final List<String> META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]", "meta[itemprop=datePublished]",
            "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]",
            "meta[name=dc.date.issued]", "meta[name=dc.date]", "meta[property=og:published_time]",
            "meta[name=og:published_time]", "meta[property=og:article:published_time]");

    private HtmlDates() {
    }

    static Optional<PartialDate> find(Document page) {
        for (String selector : META) {
            String content = HtmlExtractor.meta(page, selector);
            Optional<PartialDate> date = parse(content);
            if (date.isPresent()) return date;
        }
        for (Element time : page.select("article time[datetime], time[datetime][pubdate], time[datetime]")) {
            Optional<PartialDate> date = parse(time.attr("datetime"));
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    static Optional<PartialDate> parse(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        if (value.strip().matches("^\\d{4}(?:-\\d{1,2}){0,2}(?:[T ].*)?$")) return VietnameseDates.iso(value);
        return VietnameseDates.anyFullDate(value);
    }
}
