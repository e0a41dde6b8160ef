package dev.annals.ui.library;

import dev.annals.logic.text.Folding;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentSummary;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which documents the table shows: every word of the text must occur in the title or source (tone marks and đ
 * folded), the date's year and the kind must be among those chosen (nothing chosen means any), and, when asked,
 * only documents without a date or without a title.
 */
final class LibraryFilter implements Predicate<DocumentSummary> {

    static final LibraryFilter NONE = new LibraryFilter("", Set.of(), Set.of());

    private final Set<Integer> years;
    private final Set<ConferenceKind> kinds;
    private final boolean noDate;
    private final boolean noTitle;
    private final String[] words;

    LibraryFilter(String text, Set<Integer> years, Set<ConferenceKind> kinds) {
        this(text, years, kinds, false, false);
    }

    LibraryFilter(String text, Set<Integer> years, Set<ConferenceKind> kinds, boolean noDate, boolean noTitle) {
        this.years = Set.copyOf(years);
        this.kinds = Set.copyOf(kinds);
        this.noDate = noDate;
        this.noTitle = noTitle;
        String folded = Folding.fold(Objects.toString(text, "")).trim();
        this.words = folded.isEmpty() ? new String[0] : folded.split("\\s+");
    }

    @Override
    public boolean test(DocumentSummary d) {
        return test(d, words.length == 0 ? "" : haystack(d));
    }

    /** {@code haystack}: the document's {@link #haystack folded title and source}, folded once when the list is read. */
    boolean test(DocumentSummary d, String haystack) {
        if (noDate && d.date() != null) return false;
        if (noTitle && d.title() != null && !d.title().isBlank()) return false;
        if (!years.isEmpty() && (d.date() == null || !years.contains(d.date().year()))) return false;
        if (!kinds.isEmpty() && (d.kind() == null || !kinds.contains(d.kind()))) return false;
        for (String word : words) {
            if (!haystack.contains(word)) return false;
        }
        return true;
    }

    /**
     * True when every document this filter lets through {@code previous} let through too: the same years, kinds and
     * toggles, and each of its words inside one of this filter's words (the user typed on, or added a word).
     */
    boolean narrows(LibraryFilter previous) {
        if (noDate != previous.noDate || noTitle != previous.noTitle) return false;
        if (!years.equals(previous.years) || !kinds.equals(previous.kinds)) return false;
        for (String old : previous.words) {
            boolean kept = false;
            for (String word : words) kept |= word.contains(old);
            if (!kept) return false;
        }
        return true;
    }

    static String haystack(DocumentSummary d) {
        return Folding.fold(Objects.toString(d.title(), "")) + " " + Folding.fold(Objects.toString(d.source(), ""));
    }
}
