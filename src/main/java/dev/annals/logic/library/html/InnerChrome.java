package dev.annals.logic.library.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Chrome a named article container holds inside it: "related" boxes, share bars, comment sections, newsletter
 * sign-ups and the like, by class or id, whatever other words the class has. Never more than half the container.
 */
final class InnerChrome {

    private InnerChrome() {
    }

    static void remove(Element container) {
        int total = Dom.textLength(container);
        List<Element> all = new ArrayList<>(container.getAllElements());
        for (Element e : all) {
            if (e == container || e.parent() == null || e.nameIs("a") || e.closest("table, code, pre") != null) continue;
            String hints = ClassHints.of(e);
            if (hints.isBlank() || !ClassHints.isChrome(hints)) continue;
            if (Dom.textLength(e) * 2 < total) e.remove();
        }
    }
}
