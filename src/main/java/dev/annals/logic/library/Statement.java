package dev.annals.logic.library;

import dev.annals.logic.library.html.HtmlArticle;
import dev.annals.logic.library.meta.HeaderKey;
import dev.annals.logic.library.meta.Outlets;
import dev.annals.logic.library.meta.TextHeader;
import dev.annals.logic.library.meta.WrittenDates;
import dev.annals.model.DateSource;
import dev.annals.model.MetadataField;
import dev.annals.model.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * What a file states about itself apart from its text, from a text file's metadata header or an HTML page's
 * markup: it wins over what the text suggests. Any part may be null.
 */
record Statement(String title, Dated date, String source, String siteName, List<MetadataField> fields) {

    static final Statement NONE = new Statement(null, null, null, null, List.of());

    static Statement of(HtmlArticle page) {
        Dated date = page.date() == null ? null : new Dated(page.date(), page.dateSource());
        String site = page.siteName() != null ? page.siteName() : Optional.ofNullable(page.url()).flatMap(Outlets::nameFor).orElse(null);
        return new Statement(clean(page.title()), date, null, clean(site), page.fields());
    }

    static Statement of(TextHeader header) {
        String title = null;
        String source = null;
        String url = null;
        Dated date = null;
        int dateRank = Integer.MAX_VALUE;
        for (MetadataField field : header.fields()) {
            HeaderKey key = HeaderKey.of(field.key());
            String value = field.value().strip();
            if (value.isEmpty()) continue;
            if (key == HeaderKey.TITLE && title == null) title = value;
            else if (key == HeaderKey.SOURCE && source == null) source = Outlets.nameFor(value).filter(n -> looksLikeAddress(value)).orElse(value);
            else if (key == HeaderKey.URL && url == null) url = value;
            else if (key.dateRank() >= 0 && key.dateRank() < dateRank) {
                Optional<PartialDate> parsed = WrittenDates.parse(value);
                if (parsed.isPresent()) {
                    date = new Dated(parsed.get(), DateSource.HEADER);
                    dateRank = key.dateRank();
                }
            }
        }
        if (source == null && url != null) source = Outlets.nameFor(url).orElse(null);
        return new Statement(clean(title), date, clean(source), null, header.fields());
    }

    private static boolean looksLikeAddress(String value) {
        return value.contains("://") || value.matches("(?i)^(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:/.*)?$");
    }

    private static String clean(String value) {
        if (value == null) return null;
        String normalized = TextNormalizer.normalize(value).replaceAll("\\s+", " ").strip();
        return normalized.isEmpty() ? null : normalized;
    }
}
