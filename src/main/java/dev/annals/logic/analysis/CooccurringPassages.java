package dev.annals.logic.analysis;

import dev.annals.model.Theme;

import java.util.List;

/** A cell opened: the passages of each of the two themes that occur together, side by side, in text order. */
public record CooccurringPassages(Theme first, Theme second, List<Passage> ofFirst, List<Passage> ofSecond) {

    public CooccurringPassages {
        ofFirst = List.copyOf(ofFirst);
        ofSecond = List.copyOf(ofSecond);
    }
}
