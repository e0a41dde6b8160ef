package dev.annals.logic.library.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Set;

/** Measures of an element's text used to tell an article from page chrome. */
final class Dom {

    /** Phrasing content: what a paragraph is made of. */
    static final Set<String> PHRASING = Set.of("a", "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data",
            "datalist", "dfn", "em", "embed", "i", "img", "input", "kbd", "label", "mark", "math", "meter", "noscript",
            "object", "output", "progress", "q", "ruby", "samp", "script", "select", "small", "span", "strong", "sub",
            "sup", "textarea", "time", "var", "wbr", "u", "s", "strike", "del", "ins", "font", "big", "tt", "picture");
    /** Elements whose presence makes a div a container rather than a paragraph. */
    static final Set<String> BLOCKS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul", "section",
            "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "main", "aside", "nav", "form",
            "address", "hr", "li", "details", "fieldset");

    private Dom() {
    }

    /** The element's text with white space collapsed. */
    static String text(Element e) {
        return e.text();
    }

    static int textLength(Element e) {
        return e.text().length();
    }

    /** The share of the text inside links; links to a place on the same page ("#…") count for 30 %. */
    static double linkDensity(Element e) {
        int length = textLength(e);
        if (length == 0) return 0;
        double links = 0;
        for (Element a : e.select("a")) {
            String href = a.attr("href");
            links += a.text().length() * (href.length() > 1 && href.startsWith("#") ? 0.3 : 1.0);
        }
        return links / length;
    }

    static boolean isPhrasing(Node node) {
        if (node instanceof TextNode) return true;
        if (!(node instanceof Element e)) return false;
        String tag = e.normalName();
        if (PHRASING.contains(tag)) return true;
        return (tag.equals("a") || tag.equals("del") || tag.equals("ins")) && e.children().stream().allMatch(Dom::isPhrasing);
    }

    static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName()) || hasBlockChild(child)) return true;
        }
        return false;
    }

    /** Commas of the scripts news is written in: Latin, Arabic, CJK full-width and ideographic. */
    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\u060C' || c == '\uFE50' || c == '\uFE10' || c == '\uFE11' || c == '\u2E41' || c == '\u2E34'
                    || c == '\u2E32' || c == '\uFF0C' || c == '\u3001') n++;
        }
        return n;
    }
}
