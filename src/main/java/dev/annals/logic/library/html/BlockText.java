package dev.annals.logic.library.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML element with each block element (paragraph, heading, list item, div …) as its own paragraph;
 * a table row is one line with its cells separated by tabs.
 */
final class BlockText implements NodeVisitor {

    private final StringBuilder out = new StringBuilder();

    private BlockText() {
    }

    static String of(Element root) {
        BlockText visitor = new BlockText();
        NodeTraversor.traverse(visitor, root);
        StringBuilder lines = new StringBuilder();
        for (String line : visitor.out.toString().split("\n", -1)) lines.append(line.strip()).append('\n');
        return lines.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            boolean pre = text.parent() instanceof Element parent && parent.closest("pre") != null;
            out.append(pre ? text.getWholeText() : text.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " "));
        } else if (node instanceof Element e) {
            if (e.nameIs("br")) out.append('\n');
            else if (e.nameIs("td") || e.nameIs("th")) out.append(e.elementSiblingIndex() == 0 ? "" : "\t");
            else if (isBlock(e)) out.append("\n\n");
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && isBlock(e) && !e.nameIs("td") && !e.nameIs("th")) out.append("\n\n");
    }

    private static boolean isBlock(Element e) {
        return e.isBlock() || e.nameIs("li") || e.nameIs("tr") || e.nameIs("figcaption") || e.nameIs("dt") || e.nameIs("dd");
    }
}
