package dev.annals.ui.library;

import dev.annals.logic.text.Folding;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentSummary;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which documents the table shows: every word of the text must occur in the title or source (tone marks and đ
 * folded), the date's year and the kind must be among those chosen (nothing chosen means any), and, when asked,
 * only documents without a date or without a title.
 */
record LibraryFilter(String text, Set<Integer> years, Set<ConferenceKind> kinds, boolean noDate, boolean noTitle)
        implements Predicate<DocumentSummary> {

    static final LibraryFilter NONE = new LibraryFilter("", Set.of(), Set.of());

    LibraryFilter(String text, Set<Integer> years, Set<ConferenceKind> kinds) {
        this(text, years, kinds, false, false);
    }

    LibraryFilter {
        text = text == null ? "" : text;
        years = Set.copyOf(years);
        kinds = Set.copyOf(kinds);
    }

    @Override
    public boolean test(DocumentSummary d) {
        if (noDate && d.date() != null) return false;
        if (noTitle && d.title() != null && !d.title().isBlank()) return false;
        if (!years.isEmpty() && (d.date() == null || !years.contains(d.date().year()))) return false;
        if (!kinds.isEmpty() && (d.kind() == null || !kinds.contains(d.kind()))) return false;
        String words = Folding.fold(Objects.toString(text, "")).trim();
        if (words.isEmpty()) return true;
        String haystack = Folding.fold(Objects.toString(d.title(), "")) + " " + Folding.fold(Objects.toString(d.source(), ""));
        return Arrays.stream(words.split("\\s+")).allMatch(haystack::contains);
    }
}
