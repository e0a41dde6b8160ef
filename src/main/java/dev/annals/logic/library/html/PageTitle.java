package dev.annals.logic.library.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The article's title: the headline the page declares (JSON-LD, Open Graph, Twitter, Dublin Core), else its
 * {@code <h1>} when that agrees with the {@code <title>}, else the {@code <title>}; never with the site name the
 * {@code <title>} adds ("… | BBC News", "… - Báo X").
 */
final class PageTitle {

    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-|–—:»/\\\\]{1,2}\\s+");
    private static final Pattern TOKEN = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int MAX_SITE_NAME = 40;

    private PageTitle() {
    }

    static String of(Document page, JsonLd ld, MetaTags meta, String siteName) {
        String titleTag = page.title().strip();
        String declared = declared(ld, meta, titleTag);
        if (declared != null) return withoutSiteName(declared, siteName, false);
        String cleaned = withoutSiteName(titleTag, siteName, true);
        Element h1 = headline(page);
        if (h1 != null) {
            String heading = h1.text().strip();
            boolean agrees = cleaned == null || opens(titleTag, heading)
                    || similarity(cleaned, heading) >= 0.75 && similarity(heading, cleaned) >= 0.75;
            if (heading.length() >= 3 && agrees) return heading;
        }
        return cleaned;
    }

    private static String declared(JsonLd ld, MetaTags meta, String titleTag) {
        if (ld != null && ld.headline() != null && ld.name() != null && !ld.headline().equals(ld.name())) {
            boolean nameMatches = similarity(ld.name(), titleTag) > 0.75;
            boolean headlineMatches = similarity(ld.headline(), titleTag) > 0.75;
            return nameMatches && !headlineMatches ? ld.name() : ld.headline();
        }
        if (ld != null && ld.headline() != null) return ld.headline();
        String fromMeta = meta.first("og:title", "twitter:title", "dc.title", "dcterms.title", "title", "parsely-title",
                "headline");
        if (fromMeta != null) return fromMeta;
        return ld != null && ld.name() != null && similarity(ld.name(), titleTag) > 0.5 ? ld.name() : null;
    }

    /** A {@code <title>} that is the heading followed by a separator and more ("Headline - Site - Section"). */
    private static boolean opens(String titleTag, String heading) {
        if (heading.length() < 3 || !titleTag.startsWith(heading)) return false;
        return SEPARATOR.matcher(titleTag.substring(heading.length())).lookingAt();
    }

    /** The article's h1, not a site logo in the page header. */
    private static Element headline(Document page) {
        Element inArticle = page.selectFirst("article h1, main h1, [role=main] h1, [itemprop=headline]");
        if (inArticle != null) return inArticle;
        return page.select("h1").stream()
                .filter(h -> h.closest("header, nav, footer, aside") == null && !ClassHints.isChrome(ClassHints.of(h)))
                .findFirst().orElse(null);
    }

    /**
     * The title without a trailing (or leading) part that is the site's name or, when {@code guess}, a short last part
     * after a separator, as {@code <title>} elements add it.
     */
    static String withoutSiteName(String title, String siteName, boolean guess) {
        if (title == null || title.isBlank()) return null;
        String t = title.strip().replaceAll("\\s+", " ");
        List<String> parts = Arrays.asList(SEPARATOR.split(t));
        if (parts.size() < 2) return t;
        String last = parts.get(parts.size() - 1);
        String first = parts.get(0);
        if (siteName != null && sameName(last, siteName)) return t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s|–—:»/\\\\-]+$", "");
        if (siteName != null && sameName(first, siteName)) return t.substring(first.length()).replaceAll("^[\\s|–—:»/\\\\-]+", "");
        if (guess && last.length() <= MAX_SITE_NAME && last.length() < t.length() / 2 && words(t.substring(0, t.lastIndexOf(last))) >= 3) {
            return t.substring(0, t.lastIndexOf(last)).replaceAll("[\\s|–—:»/\\\\-]+$", "");
        }
        return t;
    }

    /** The site name a {@code <title>} ends with, when it ends with one. */
    static String siteNameOf(String title) {
        String stripped = withoutSiteName(title, null, true);
        if (stripped == null || stripped.equals(title.strip().replaceAll("\\s+", " "))) return null;
        return title.strip().replaceAll("\\s+", " ").substring(stripped.length()).replaceAll("^[\\s|–—:»/\\\\-]+", "");
    }

    private static boolean sameName(String part, String siteName) {
        String a = part.strip().toLowerCase(Locale.ROOT);
        String b = siteName.strip().toLowerCase(Locale.ROOT);
        return a.equals(b) || a.replace(" ", "").equals(b.replace(" ", "")) || a.endsWith(b) && a.length() <= b.length() + 6;
    }

    /** Words between spaces; in scripts written without spaces (Chinese, Japanese), every two characters count as one. */
    private static int words(String text) {
        if (text.isBlank()) return 0;
        long unspaced = text.codePoints().filter(c -> Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA).count();
        return text.strip().split("\\s+").length + (int) (unspaced / 2);
    }

    /** Reader View's similarity: 1 minus the share of {@code b}'s text made of words that {@code a} lacks. */
    static double similarity(String a, String b) {
        if (a == null || b == null) return 0;
        Set<String> tokensA = new HashSet<>(Arrays.asList(TOKEN.split(a.toLowerCase(Locale.ROOT))));
        List<String> tokensB = Arrays.stream(TOKEN.split(b.toLowerCase(Locale.ROOT))).filter(s -> !s.isEmpty()).toList();
        if (tokensA.isEmpty() || tokensB.isEmpty()) return 0;
        String unique = String.join(" ", tokensB.stream().filter(t -> !tokensA.contains(t)).toList());
        return 1 - (double) unique.length() / String.join(" ", tokensB).length();
    }
}
