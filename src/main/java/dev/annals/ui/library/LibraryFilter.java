package dev.annals.ui.library;

import dev.annals.logic.text.Folding;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentSummary;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
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
    private final Function<DocumentSummary, String> haystacks;

    LibraryFilter(String text, Set<Integer> years, Set<ConferenceKind> kinds) {
        this(text, years, kinds, false, false);
    }

    LibraryFilter(String text, Set<Integer> years, Set<ConferenceKind> kinds, boolean noDate, boolean noTitle) {
        this(text, years, kinds, noDate, noTitle, LibraryFilter::haystack);
    }

    /**
     * {@code haystacks}: each document's folded title and source, folded once when the list is read (see
     * {@link ListedDocuments}): a keystroke tests every document of the library again.
     */
    LibraryFilter(String text, Set<Integer> years, Set<ConferenceKind> kinds, boolean noDate, boolean noTitle,
                  Function<DocumentSummary, String> haystacks) {
        this.haystacks = haystacks;
        this.years = Set.copyOf(years);
        this.kinds = Set.copyOf(kinds);
        this.noDate = noDate;
        this.noTitle = noTitle;
        String folded = Folding.fold(Objects.toString(text, "")).trim();
        this.words = folded.isEmpty() ? new String[0] : folded.split("\\s+");
    }

    @Override
    public boolean test(DocumentSummary d) {
        if (noDate && d.date() != null) return false;
        if (noTitle && d.title() != null && !d.title().isBlank()) return false;
        if (!years.isEmpty() && (d.date() == null || !years.contains(d.date().year()))) return false;
        if (!kinds.isEmpty() && (d.kind() == null || !kinds.contains(d.kind()))) return false;
        if (words.length == 0) return true;
        String haystack = haystacks.apply(d);
        for (String word : words) {
            if (!haystack.contains(word)) return false;
        }
        return true;
    }

    static String haystack(DocumentSummary d) {
        return Folding.fold(Objects.toString(d.title(), "")) + " " + Folding.fold(Objects.toString(d.source(), ""));
    }
}
