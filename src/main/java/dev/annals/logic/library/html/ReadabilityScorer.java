package dev.annals.logic.library.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the article the way Firefox's Reader View does (Mozilla Readability): paragraphs score by length and commas,
 * their parents and grandparents collect the scores, link-heavy candidates lose theirs, the best candidate wins with
 * those siblings that score near it or read as prose. Works on a page already cleaned by {@link TreeCleaner}.
 */
final class ReadabilityScorer {

    private static final Set<String> SCORED = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> EMPTY_REMOVABLE = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final int TOP_CANDIDATES = 5;
    private static final int MIN_PARAGRAPH = 25;

    private final boolean stripUnlikely;
    private final Scores scores;

    ReadabilityScorer(boolean stripUnlikely, boolean weightClasses) {
        this.stripUnlikely = stripUnlikely;
        this.scores = new Scores(weightClasses);
    }

    /** The article's container: the best candidate and its related siblings, moved out of the page. */
    Element grab(Document page) {
        Element body = page.body();
        List<Element> toScore = prepare(body);
        scoreParagraphs(toScore);
        Element top = topCandidate(body);
        return withSiblings(page, top);
    }

    private List<Element> prepare(Element body) {
        List<Element> toScore = new ArrayList<>();
        List<Element> all = new ArrayList<>(body.getAllElements());
        for (Element e : all) {
            if (e == body || e.parent() == null || !isAttached(e, body)) continue;
            String tag = e.normalName();
            if (stripUnlikely && !tag.equals("a") && !tag.equals("article") && !tag.equals("main")
                    && ClassHints.isUnlikely(ClassHints.of(e)) && e.closest("table, code") == null) {
                e.remove();
                continue;
            }
            if (EMPTY_REMOVABLE.contains(tag) && e.text().isBlank() && e.selectFirst("img, picture, video") == null) {
                e.remove();
                continue;
            }
            if (SCORED.contains(tag)) toScore.add(e);
            if (tag.equals("div")) toScore.addAll(paragraphsOf(e));
        }
        return toScore;
    }

    private static boolean isAttached(Element e, Element body) {
        Element p = e;
        while (p != null && p != body) p = p.parent();
        return p == body;
    }

    /** A div of phrasing content only reads as a paragraph; phrasing runs inside a mixed div become paragraphs. */
    private static List<Element> paragraphsOf(Element div) {
        if (!Dom.hasBlockChild(div)) {
            div.tagName("p");
            return List.of(div);
        }
        List<Element> made = new ArrayList<>();
        Element p = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
            if (Dom.isPhrasing(child)) {
                if (p != null) p.appendChild(child);
                else if (!(child instanceof TextNode t && t.isBlank())) {
                    p = new Element("p");
                    child.before(p);
                    p.appendChild(child);
                    made.add(p);
                }
            } else {
                p = null;
            }
        }
        return made;
    }

    private void scoreParagraphs(List<Element> paragraphs) {
        for (Element paragraph : paragraphs) {
            if (paragraph.parent() == null) continue;
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH) continue;
            double points = 1 + Dom.commas(text) + 1 + Math.min(text.length() / 100, 3);
            Element ancestor = paragraph.parent();
            for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
                if (ancestor.parent() == null || ancestor.nameIs("html")) break;
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.add(ancestor, points / divider);
            }
        }
    }

    private Element topCandidate(Element body) {
        List<Element> ranked = new ArrayList<>();
        for (Element c : scores.candidates()) {
            scores.set(c, scores.of(c) * (1 - Dom.linkDensity(c)));
            ranked.add(c);
        }
        ranked.sort(Comparator.comparingDouble(scores::of).reversed());
        if (ranked.isEmpty() || ranked.get(0) == body) return body;
        Element top = ranked.get(0);
        top = commonAncestorOfClose(top, ranked.subList(1, Math.min(TOP_CANDIDATES, ranked.size())), body);
        top = climbWhileScoreRises(top, body);
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) top = top.parent();
        if (!scores.has(top)) scores.initialize(top);
        return top;
    }

    /** When three of the next best candidates score within 75 % of the best, their shared ancestor is the article. */
    private Element commonAncestorOfClose(Element top, List<Element> others, Element body) {
        List<Element> close = others.stream().filter(c -> scores.of(c) / scores.of(top) >= 0.75).toList();
        if (close.size() < 3) return top;
        for (Element ancestor = top.parent(); ancestor != null && ancestor != body; ancestor = ancestor.parent()) {
            final Element a = ancestor;
            long containing = close.stream().filter(c -> c.parents().contains(a)).count();
            if (containing >= 3) return ancestor;
        }
        return top;
    }

    private Element climbWhileScoreRises(Element top, Element body) {
        double last = scores.of(top);
        double threshold = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body; parent = parent.parent()) {
            if (!scores.has(parent)) continue;
            double score = scores.of(parent);
            if (score < threshold) break;
            if (score > last) return parent;
            last = score;
        }
        return top;
    }

    private Element withSiblings(Document page, Element top) {
        Element article = page.createElement("div");
        if (top == page.body()) {
            for (Node child : new ArrayList<>(top.childNodes())) article.appendChild(child);
            return article;
        }
        double threshold = Math.max(10, scores.of(top) * 0.2);
        Element parent = top.parent();
        for (Element sibling : new ArrayList<>(parent.children())) {
            if (sibling == top || isRelatedSibling(sibling, top, threshold)) article.appendChild(sibling);
        }
        return article;
    }

    private boolean isRelatedSibling(Element sibling, Element top, double threshold) {
        double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? scores.of(top) * 0.2 : 0;
        if (scores.has(sibling) && scores.of(sibling) + bonus >= threshold) return true;
        if (!sibling.nameIs("p")) return false;
        String text = sibling.text();
        double links = Dom.linkDensity(sibling);
        if (text.length() > 80) return links < 0.25;
        return !text.isEmpty() && links == 0 && text.matches("(?s).*\\.( |$).*");
    }
}
