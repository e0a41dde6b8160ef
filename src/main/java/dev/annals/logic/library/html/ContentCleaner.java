package dev.annals.logic.library.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans the article once it is found, as Reader View does: share bars, headings and blocks whose class says chrome,
 * and blocks that read like chrome rather than prose (mostly links, more list items or images than paragraphs, form
 * fields, nothing but "Advertisement"). Data tables stay. Inner blocks are judged before the blocks that hold them.
 */
final class ContentCleaner {

    private static final int SHARE_MAX = 500;
    private static final Pattern AD_WORDS = Pattern.compile("^(?:ad(?:vertising|vertisement)?|pub(?:licité)?|werb(?:ung)?|"
            + "quảng cáo|广告|Реклама|Anuncio|loading|đang tải|chargement|cargando)(?:…|\\.\\.\\.)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ContentCleaner() {
    }

    static void clean(Element article, boolean conditionally) {
        for (Element e : descendants(article)) {
            if (e.parent() == null) continue;
            if (ClassHints.SHARE.matcher(ClassHints.of(e)).find() && e.text().length() < SHARE_MAX) e.remove();
        }
        for (Element h : new ArrayList<>(article.select("h1, h2, h3, h4, h5, h6"))) {
            if (ClassHints.weight(h) < 0 || h.text().length() < 200 && Dom.linkDensity(h) > 0.5) h.remove();
        }
        DataTables.mark(article);
        if (!conditionally) return;
        for (String tag : List.of("form", "fieldset", "table", "ul", "ol", "div", "section", "figure")) {
            List<Element> nodes = new ArrayList<>(article.getElementsByTag(tag));
            for (int i = nodes.size() - 1; i >= 0; i--) {
                Element node = nodes.get(i);
                if (node != article && node.parent() != null && looksLikeChrome(node, tag)) node.remove();
            }
        }
    }

    private static List<Element> descendants(Element root) {
        List<Element> all = new ArrayList<>(root.getAllElements());
        all.remove(root);
        return all;
    }

    /** Readability's "clean conditionally" checks. */
    static boolean looksLikeChrome(Element node, String tag) {
        if (DataTables.isData(node) || DataTables.insideData(node) || node.closest("code, pre") != null) return false;
        if (!node.select("table[data-annals-data-table]").isEmpty()) return false;
        int weight = ClassHints.weight(node);
        if (weight < 0) return true;
        String text = node.text();
        if (Dom.commas(text) >= 10) return false;
        boolean isList = tag.equals("ul") || tag.equals("ol") || listShare(node, text) > 0.9;
        int p = node.getElementsByTag("p").size();
        int img = node.getElementsByTag("img").size();
        int li = node.getElementsByTag("li").size() - 100;
        int inputs = node.select("input, select, textarea").size();
        boolean figureChild = node.closest("figure") != null && !node.nameIs("figure");
        if (AD_WORDS.matcher(text.strip()).matches()) return true;
        double links = Dom.linkDensity(node);
        int length = text.length();
        if (!figureChild && img > 1 && (double) p / img < 0.5 && length < 200) return true;
        if (!isList && li > p) return true;
        if (inputs > p / 3) return true;
        if (!isList && !figureChild && length < 25 && (img == 0 || img > 2) && links > 0
                && headingShare(node, text) < 0.9) return true;
        if (!isList && weight < 25 && links > 0.2) return true;
        if (weight >= 25 && links > 0.5) return true;
        if (isList && links > 0.5 && length < 1000) return true;
        return img == 0 && length == 0;
    }

    private static double listShare(Element node, String text) {
        if (text.isEmpty()) return 0;
        int inLists = node.select("ul, ol").stream().mapToInt(l -> l.text().length()).sum();
        return (double) inLists / text.length();
    }

    private static double headingShare(Element node, String text) {
        if (text.isEmpty()) return 0;
        int inHeadings = node.select("h1, h2, h3, h4, h5, h6").stream().mapToInt(h -> h.text().length()).sum();
        return (double) inHeadings / text.length();
    }
}
