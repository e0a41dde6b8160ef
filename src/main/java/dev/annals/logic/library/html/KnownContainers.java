package dev.annals.logic.library.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The article's container when the page names it, as content management systems and news sites do:
 * itemprop=articleBody, "entry-content", "post-content", "article-body", "story-body", "detail-content",
 * "fck_detail" …, then an {@code <article>}, then looser names ("main-content"), then {@code <main>}. Within a
 * tier the first container in page order with enough prose wins, together with its siblings of the same class
 * (an article split around an advertisement).
 */
final class KnownContainers {

    private static final int MIN_TEXT = 250;
    private static final Pattern STRONG = Pattern.compile("(?<![a-z])(?:entry-content|post-content|post-body|post-text|"
            + "post-entry|postcontent|post-inner|article-body|article-content|article-text|articletext|article-body-text|"
            + "article--body|article--content|articlebody|story-body|story-content|storycontent|story-text|body-text|"
            + "text-content|content-body|content--body|article-detail|detail-content|content-detail|detail--content|"
            + "detail-body|detail-content-body|news-content|news-body|newsbody|fck-detail|singular-content|"
            + "the-article-body|art-body|cms-body|main-detail-body|article-main|article-main-content|"
            + "blog-post-content|blogpost-content|post-content-inner|td-post-content|entry-body|field-body|"
            + "field-name-body|rich-text|article-fulltext|fulltext|art-content|article--text)(?![a-z])");
    private static final Pattern LOOSE = Pattern.compile("(?<![a-z])(?:main-content|page-content|content-main|"
            + "blog-content|single-content|section-content|post-single|single-post|story|article|content-inner|"
            + "inner-content|maincontent|main-text|article-wrapper)(?![a-z])");

    private KnownContainers() {
    }

    /** The named container with its same-class siblings, moved into a new element; null when the page names none. */
    static Element find(Document page) {
        Element found = first(page.select("[itemprop=articleBody]"));
        if (found == null) found = firstMatching(page, STRONG);
        if (found == null) found = first(page.select("article"));
        if (found == null) found = firstMatching(page, LOOSE);
        if (found == null) found = first(page.select("main, [role=main]"));
        if (found == null) return null;
        Element article = page.createElement("div");
        for (Element part : withSplitParts(found)) article.appendChild(part);
        return article;
    }

    private static Element firstMatching(Document page, Pattern names) {
        List<Element> matches = new ArrayList<>();
        for (Element e : page.body().getAllElements()) {
            if (e.nameIs("body") || e.nameIs("html") || Dom.PHRASING.contains(e.normalName()) || e.nameIs("p")) continue;
            String hints = ClassHints.of(e);
            if (!hints.isBlank() && names.matcher(hints).find()) matches.add(e);
        }
        return first(matches);
    }

    private static Element first(List<Element> candidates) {
        for (Element e : candidates) {
            if (Dom.textLength(e) >= MIN_TEXT && Dom.linkDensity(e) < 0.5) return e;
        }
        return null;
    }

    private static List<Element> withSplitParts(Element found) {
        Element parent = found.parent();
        if (parent == null || found.className().isBlank()) return List.of(found);
        List<Element> parts = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == found || sibling.normalName().equals(found.normalName()) && sibling.className().equals(found.className())) {
                parts.add(sibling);
            }
        }
        return parts;
    }
}
