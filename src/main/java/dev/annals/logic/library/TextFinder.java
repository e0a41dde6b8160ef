package dev.annals.logic.library;

import dev.annals.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Finds every occurrence of a query in a text, ignoring case, tone marks and đ/Đ ("cong an" finds "Công an"). */
public final class TextFinder {

    private final FoldedText text;

    public TextFinder(String text) {
        this.text = FoldedText.of(text);
    }

    /** The matches in text order, as code-point ranges of the original text; none for a blank query. */
    public List<Span> findAll(String query) {
        String needle = FoldedText.foldQuery(query == null ? "" : query.strip());
        List<Span> matches = new ArrayList<>();
        if (needle.isEmpty()) return matches;
        String haystack = text.folded();
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length())) {
            matches.add(new Span(text.originalStart(at), text.originalEnd(at + needle.length())));
        }
        return matches;
    }
}
