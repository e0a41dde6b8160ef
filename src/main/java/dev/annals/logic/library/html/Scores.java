package dev.annals.logic.library.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Content scores of the elements that hold scored paragraphs, in the order they were first scored. */
final class Scores {

    private final Map<Element, Double> score = new IdentityHashMap<>();
    private final List<Element> order = new ArrayList<>();
    private final boolean weightClasses;

    Scores(boolean weightClasses) {
        this.weightClasses = weightClasses;
    }

    boolean has(Element e) {
        return score.containsKey(e);
    }

    double of(Element e) {
        return score.getOrDefault(e, 0.0);
    }

    void add(Element e, double points) {
        if (!score.containsKey(e)) initialize(e);
        score.merge(e, points, Double::sum);
    }

    void set(Element e, double value) {
        if (!score.containsKey(e)) order.add(e);
        score.put(e, value);
    }

    List<Element> candidates() {
        return order;
    }

    /** A new candidate starts from its tag's base score and its class weight. */
    void initialize(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (weightClasses) base += ClassHints.weight(e);
        set(e, base);
    }
}
