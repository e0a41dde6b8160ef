package dev.annals.logic.library;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Extracts the article from an HTML page with jsoup: page chrome (scripts, styles, navigation, headers, footers,
 * asides, forms, share and comment boxes) is dropped, entities are decoded, and block elements become paragraphs.
 */
final class HtmlExtractor {

    private static final String CHROME = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg,"
            + " button, select, textarea, input, [role=navigation], [role=banner], [role=contentinfo],"
            + " [role=complementary], [hidden], [aria-hidden=true]";
    private static final Pattern CHROME_CLASS = Pattern.compile("(?:^|[\\s_-])(?:comments?|share|sharing|social|related|"
            + "breadcrumbs?|sidebar|menu|navbar|advert|advertisement|ads|banner|cookie|newsletter|footer|header)(?:$|[\\s_-])");
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[-|–—:]{1,2}\\s+");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static boolean isHtml(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || LOOKS_LIKE_HTML.matcher(text).find();
    }

    HtmlArticle extract(String html) {
        Document page = Jsoup.parse(html);
        String siteName = meta(page, "meta[property=og:site_name], meta[name=og:site_name], meta[name=application-name]");
        Element h1 = page.selectFirst("article h1, main h1, h1");
        String pageTitle = page.title().isBlank() ? meta(page, "meta[property=og:title]") : page.title();
        String title = h1 != null && h1.text().strip().length() >= 3 ? h1.text().strip() : withoutSiteName(pageTitle);
        if (siteName == null) siteName = siteNameOf(pageTitle);
        var date = HtmlDates.find(page);
        page.select(CHROME).remove();
        for (Element e : page.select("[class], [id]")) {
            if (e.parent() != null && CHROME_CLASS.matcher((e.className() + " " + e.id()).toLowerCase(Locale.ROOT)).find()) e.remove();
        }
        String text = BlockText.of(root(page));
        if (title != null && !title.isBlank() && !text.contains(title)) text = title + "\n\n" + text;
        return new HtmlArticle(text, blankToNull(title), date.orElse(null), siteName);
    }

    private static Element root(Document page) {
        var articles = page.select("article");
        if (articles.size() == 1 && articles.first().text().length() > 200) return articles.first();
        Element main = page.selectFirst("main, [role=main]");
        if (main != null && main.text().length() > 200) return main;
        return page.body();
    }

    private static String withoutSiteName(String title) {
        if (title == null || title.isBlank()) return null;
        String[] parts = SITE_SEPARATOR.split(title.strip());
        if (parts.length < 2) return title.strip();
        String last = parts[parts.length - 1];
        return last.length() <= 40 && last.length() < title.length() / 2 ? title.strip().substring(0, title.strip().lastIndexOf(last)).replaceAll("[\\s|–—:-]+$", "") : title.strip();
    }

    private static String siteNameOf(String title) {
        String stripped = withoutSiteName(title);
        if (stripped == null || stripped.equals(title.strip())) return null;
        return title.strip().substring(stripped.length()).replaceAll("^[\\s|–—:-]+", "");
    }

    static String meta(Document page, String selector) {
        Element e = page.selectFirst(selector);
        return e == null ? null : blankToNull(e.attr("content").strip());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
