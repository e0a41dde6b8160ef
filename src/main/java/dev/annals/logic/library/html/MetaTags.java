package dev.annals.logic.library.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The page's {@code <meta>} values by property, name or itemprop (lower case; a property may list several names). */
final class MetaTags {

    private final Map<String, String> values = new HashMap<>();

    MetaTags(Document page) {
        for (Element meta : page.select("meta[content], [itemprop][content], [itemprop][datetime]")) {
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("datetime");
            content = content.strip();
            if (content.isEmpty()) continue;
            for (String attribute : List.of("property", "name", "itemprop")) {
                for (String key : meta.attr(attribute).toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!key.isBlank()) values.putIfAbsent(key.strip(), content);
                }
            }
        }
    }

    /** The first of the keys the page has a value for. */
    String first(String... keys) {
        for (String key : keys) {
            String value = values.get(key.toLowerCase(Locale.ROOT));
            if (value != null) return value;
        }
        return null;
    }
}
