package dev.annals.logic.library.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads an HTML page: its metadata from the markup, then its article text at Reader View quality. */
public final class HtmlPage {

    /** Elements nested deeper than this are attached at this depth, as browsers do: parsing stays linear. */
    public static final int MAX_DEPTH = 512;
    /** Beyond this many elements (a long news page has under 10,000) the page is read as it stands, without scoring. */
    static final int MAX_SCORED_ELEMENTS = 60_000;
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private HtmlPage() {
    }

    public static boolean isHtml(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm") || LOOKS_LIKE_HTML.matcher(text).find();
    }

    public static HtmlArticle read(String html) {
        Document page = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        List<String> warnings = new ArrayList<>();
        boolean tooDeep = depth(page) >= MAX_DEPTH - 1;
        if (tooDeep) warnings.add("the page nests its elements more than " + MAX_DEPTH + " deep; deeper elements were read at that depth");
        int elements = page.getAllElements().size();
        PageMetadata metadata = PageMetadata.of(page);
        TreeCleaner.clean(page);
        ContentExtractor.Extracted content;
        if (tooDeep || elements > MAX_SCORED_ELEMENTS) {
            if (!tooDeep) warnings.add("the page has " + elements + " elements; all of its text was kept, without telling article from layout");
            content = new ContentExtractor.Extracted(BlockText.of(page.body()), List.of());
        } else {
            content = ContentExtractor.extract(page, metadata.jsonLdBody());
        }
        warnings.addAll(content.warnings());
        return new HtmlArticle(content.text(), metadata.title(), metadata.date(), metadata.dateSource(), metadata.siteName(), metadata.url(),
                metadata.fields(), warnings);
    }

    private static int depth(Document page) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), page);
        return deepest[0];
    }
}
