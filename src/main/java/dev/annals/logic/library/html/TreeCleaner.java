package dev.annals.logic.library.html;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what is never article text, whatever the page: scripts and styles, forms and their controls, embedded
 * frames and graphics, navigation and asides, dialogs, and everything a reader cannot see (hidden, aria-hidden,
 * display:none). Runs once, before any scoring.
 */
final class TreeCleaner {

    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, object, embed, link,"
            + " meta, input, select, textarea, button, option, nav, aside, footer, dialog, menu";
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "menu", "menubar", "complementary", "alert",
            "alertdialog", "dialog", "search", "banner", "contentinfo", "tooltip");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?:display\\s*:\\s*none|visibility\\s*:\\s*hidden)");

    private TreeCleaner() {
    }

    static void clean(Document page) {
        removeComments(page);
        removeForms(page);
        page.select(NEVER_TEXT).remove();
        List<Element> hidden = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            if (isHidden(e) || isChromeRole(e)) hidden.add(e);
        }
        for (Element e : hidden) e.remove();
    }

    /**
     * A form is a search box or a comment form, unless it holds the article: some site builders wrap the whole page
     * in one form, and their article text is not always in paragraphs (text between line breaks).
     */
    private static void removeForms(Document page) {
        int pageText = page.body() == null ? 0 : page.body().text().length();
        for (Element form : page.select("form")) {
            boolean holdsArticle = form.selectFirst("p, article") != null || form.text().length() * 2 >= pageText;
            if (!holdsArticle) form.remove();
        }
    }

    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if ("true".equals(e.attr("aria-hidden")) && !e.className().contains("fallback-image")) return true;
        if ("true".equals(e.attr("aria-modal")) && "dialog".equals(e.attr("role"))) return true;
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean isChromeRole(Element e) {
        String role = e.attr("role");
        return !role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT).strip()) && !e.nameIs("body");
    }

    private static void removeComments(Document page) {
        List<Node> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment) comments.add(node);
        }, page);
        comments.forEach(Node::remove);
    }
}
