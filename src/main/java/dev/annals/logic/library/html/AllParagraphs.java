package dev.annals.logic.library.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The last resort for a page whose article cannot be found: every paragraph of prose on it, in page order. */
final class AllParagraphs {

    private static final int MIN_PARAGRAPH = 25;

    private AllParagraphs() {
    }

    static String of(Document page) {
        StringBuilder out = new StringBuilder();
        for (Element p : page.body().select("p, pre, blockquote, li, h2, h3, td")) {
            if (p.parents().stream().anyMatch(a -> a.nameIs("p") || a.nameIs("blockquote") || a.nameIs("li"))) continue;
            String text = p.text().strip();
            if (text.length() >= MIN_PARAGRAPH && Dom.linkDensity(p) < 0.33) out.append(text).append("\n\n");
        }
        return out.toString();
    }
}
