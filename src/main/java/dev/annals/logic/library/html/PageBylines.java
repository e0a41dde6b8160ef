package dev.annals.logic.library.html;

import dev.annals.logic.library.meta.Bylines;
import dev.annals.model.PartialDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The date a page shows next to its headline when its markup declares none: the first short element named for a
 * date ("date", "time", "published", "post-meta", "ngay-dang" …) whose text is a byline or date line, outside the
 * page's navigation, footer, sidebars and lists of other stories.
 */
final class PageBylines {

    private static final Pattern DATE_NAMES = Pattern.compile("(?<![a-z])(?:date|dates|time|datetime|timestamp|published|"
            + "publish|pubdate|posted|post-meta|entry-meta|article-meta|meta|byline|dateline|ngay|ngay-dang|thoi-gian|time-post)"
            + "(?![a-z])");
    private static final int MAX_TEXT = 120;
    private static final int MAX_ELEMENTS = 20_000;

    private PageBylines() {
    }

    static Optional<PartialDate> date(Document page) {
        int seen = 0;
        for (Element e : page.body().getAllElements()) {
            if (++seen > MAX_ELEMENTS) break;
            String hints = ClassHints.of(e);
            if (hints.isBlank() || !DATE_NAMES.matcher(hints).find()) continue;
            String text = e.text();
            if (text.isEmpty() || text.length() > MAX_TEXT || isChrome(e)) continue;
            Optional<PartialDate> date = Bylines.date(text);
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    private static boolean isChrome(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.nameIs("nav") || a.nameIs("footer") || a.nameIs("aside") || a.nameIs("li")) return true;
            String hints = ClassHints.of(a);
            if (!hints.isBlank() && ClassHints.isChrome(hints) && !hints.contains("meta") && !hints.contains("header")) return true;
        }
        return false;
    }
}
