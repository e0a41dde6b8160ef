package dev.annals.ui.help;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

import java.util.List;
import java.util.function.Function;

/**
 * Markdown as JavaFX nodes, no browser engine: headings, paragraphs with emphasis, code and links as styled text
 * runs, lists, code blocks and pictures. A picture is found by its path through {@code images} and carries its
 * alt text for a screen reader; a paragraph that is only a picture becomes the picture.
 */
final class MarkdownNodes {

    private final Function<String, Image> images;

    MarkdownNodes(Function<String, Image> images) {
        this.images = images;
    }

    VBox render(String markdown) {
        VBox page = new VBox();
        page.getStyleClass().add("guide-page");
        for (org.commonmark.node.Node block = Parser.builder().build().parse(markdown).getFirstChild(); block != null;
             block = block.getNext()) {
            Node node = block(block);
            if (node != null) page.getChildren().add(node);
        }
        return page;
    }

    private Node block(org.commonmark.node.Node block) {
        return switch (block) {
            case Heading h -> styled(flow(h), "guide-h" + h.getLevel(), AccessibleRole.TEXT);
            case Paragraph p when p.getFirstChild() instanceof org.commonmark.node.Image image && image.getNext() == null -> picture(image);
            case Paragraph p -> styled(flow(p), "guide-paragraph", AccessibleRole.TEXT);
            case FencedCodeBlock code -> code(code.getLiteral());
            case IndentedCodeBlock code -> code(code.getLiteral());
            case BulletList list -> list(list, false);
            case OrderedList list -> list(list, true);
            default -> null;
        };
    }

    private Node picture(org.commonmark.node.Image image) {
        ImageView view = new ImageView(images.apply(image.getDestination()));
        view.setPreserveRatio(true);
        view.setFitWidth(Math.min(720, view.getImage() == null ? 720 : view.getImage().getWidth()));
        String alt = plain(image);
        view.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        view.setAccessibleText(alt);
        view.getStyleClass().add("guide-image");
        VBox box = new VBox(view);
        box.getStyleClass().add("guide-figure");
        return box;
    }

    private Node code(String literal) {
        Label code = new Label(literal.stripTrailing());
        code.getStyleClass().add("guide-code");
        code.setWrapText(true);
        code.setMaxWidth(Double.MAX_VALUE);
        return code;
    }

    private Node list(org.commonmark.node.ListBlock list, boolean numbered) {
        VBox items = new VBox();
        items.getStyleClass().add("guide-list");
        int n = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) continue;
            VBox body = new VBox();
            for (org.commonmark.node.Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                Node node = block(child);
                if (node != null) body.getChildren().add(node);
            }
            items.getChildren().add(new HBox(6, new Label(numbered ? n++ + "." : "•"), body));
        }
        return items;
    }

    private static <T extends Node> T styled(T node, String styleClass, AccessibleRole role) {
        node.getStyleClass().add(styleClass);
        node.setAccessibleRole(role);
        return node;
    }

    /** The inline runs of a block, each a Text with the classes of what encloses it. */
    private static TextFlow flow(org.commonmark.node.Node block) {
        TextFlow flow = new TextFlow();
        inline(block, List.of(), flow);
        flow.setAccessibleText(plain(block));
        return flow;
    }

    private static void inline(org.commonmark.node.Node parent, List<String> classes, TextFlow flow) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case org.commonmark.node.Text t -> flow.getChildren().add(run(t.getLiteral(), classes));
                case Code c -> flow.getChildren().add(run(c.getLiteral(), with(classes, "guide-inline-code")));
                case SoftLineBreak ignored -> flow.getChildren().add(run(" ", classes));
                case HardLineBreak ignored -> flow.getChildren().add(run("\n", classes));
                case Emphasis e -> inline(e, with(classes, "guide-em"), flow);
                case StrongEmphasis s -> inline(s, with(classes, "guide-strong"), flow);
                case org.commonmark.node.Link l -> inline(l, with(classes, "guide-link"), flow);
                default -> inline(n, classes, flow);
            }
        }
    }

    private static Text run(String text, List<String> classes) {
        Text run = new Text(text);
        run.getStyleClass().add("guide-text");
        run.getStyleClass().addAll(classes);
        return run;
    }

    private static List<String> with(List<String> classes, String more) {
        var all = new java.util.ArrayList<>(classes);
        all.add(more);
        return all;
    }

    /** The words of a node, for a screen reader. */
    static String plain(org.commonmark.node.Node node) {
        StringBuilder out = new StringBuilder();
        for (org.commonmark.node.Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case org.commonmark.node.Text t -> out.append(t.getLiteral());
                case Code c -> out.append(c.getLiteral());
                case SoftLineBreak ignored -> out.append(' ');
                case HardLineBreak ignored -> out.append('\n');
                default -> out.append(plain(n));
            }
        }
        return out.toString();
    }
}
