package dev.annals.logic.library.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The article's text from a cleaned page, combining two ideas: the container the page names for its article
 * ({@link KnownContainers}, as trafilatura does) and Reader View's scoring ({@link ReadabilityScorer}). When they
 * disagree, the one that keeps clearly more text wins: losing the body is worse than keeping a caption too many.
 * A tiny result falls back to the JSON-LD articleBody or to every paragraph of the page, with a warning.
 */
final class ContentExtractor {

    static final int MIN_ARTICLE = 500;
    private static final int TINY = 250;
    private static final boolean[][] READABILITY_ATTEMPTS = {
            {true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};

    private ContentExtractor() {
    }

    /** The article text, and warnings when the extraction looks weak. */
    record Extracted(String text, List<String> warnings) {
    }

    static Extracted extract(Document cleanedPage, String jsonLdBody) {
        List<String> warnings = new ArrayList<>();
        String known = fromKnownContainer(cleanedPage.clone());
        String scored = fromReadability(cleanedPage);
        String text = choose(known, scored);
        if (length(jsonLdBody) > 2 * length(text) && length(jsonLdBody) >= TINY) {
            text = jsonLdBody;
            warnings.add("the page's layout held little of its article; the text was taken from its JSON-LD metadata");
        } else if (length(text) < TINY) {
            String paragraphs = AllParagraphs.of(cleanedPage.clone());
            String best = longest(text, paragraphs, jsonLdBody);
            if (!best.equals(text)) {
                warnings.add("the page's article could not be told from its layout; all of its paragraphs were kept");
                text = best;
            }
        }
        if (length(text) > 0 && length(text) < MIN_ARTICLE) {
            warnings.add("only " + length(text) + " characters of article text were found; check that the page holds the whole article");
        }
        return new Extracted(text, warnings);
    }

    private static String fromKnownContainer(Document page) {
        Element container = KnownContainers.find(page);
        if (container == null) return null;
        InnerChrome.remove(container);
        ContentCleaner.clean(container, true);
        return BlockText.of(container);
    }

    /** Reader View retries with fewer rules when the article comes out short, and keeps the longest attempt. */
    private static String fromReadability(Document page) {
        String best = "";
        for (boolean[] flags : READABILITY_ATTEMPTS) {
            Document copy = page.clone();
            Element article = new ReadabilityScorer(flags[0], flags[1]).grab(copy);
            ContentCleaner.clean(article, flags[2]);
            String text = BlockText.of(article);
            if (length(text) > length(best)) best = text;
            if (length(text) >= MIN_ARTICLE) return text;
        }
        return best;
    }

    /** The named container unless Reader View found more than twice as much (an article the container splits). */
    static String choose(String known, String scored) {
        if (known == null || length(known) < TINY) return length(scored) >= length(known) ? scored : known;
        if (length(scored) > 2 * length(known)) return scored;
        return known;
    }

    private static String longest(String... texts) {
        String best = "";
        for (String t : texts) {
            if (t != null && length(t) > length(best)) best = t;
        }
        return best;
    }

    static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }
}
