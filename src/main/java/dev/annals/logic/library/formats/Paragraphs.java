package dev.annals.logic.library.formats;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Collects paragraphs while an XML document is read: a paragraph may open inside another one (a text box, a
 * footnote body), so open paragraphs are a stack, and each is added when it closes, blank ones left out.
 */
final class Paragraphs {

    private final Deque<StringBuilder> open = new ArrayDeque<>();
    private final List<String> done = new ArrayList<>();

    void start() {
        open.push(new StringBuilder());
    }

    void text(String s) {
        if (!open.isEmpty()) open.peek().append(s);
    }

    boolean inParagraph() {
        return !open.isEmpty();
    }

    /** Closes the innermost paragraph and returns its text ("" when blank). */
    String end() {
        if (open.isEmpty()) return "";
        String text = clean(open.pop().toString());
        if (!text.isEmpty()) done.add(text);
        return text;
    }

    List<String> list() {
        return done;
    }

    static String clean(String s) {
        return Normalizer.normalize(s.replace('\t', ' ').replaceAll("[ \\u00A0]{2,}", " ").strip(), Normalizer.Form.NFC);
    }
}
