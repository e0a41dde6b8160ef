package dev.annals.logic.analysis;

import dev.annals.model.Theme;

import java.util.List;

/**
 * Themes × themes: {@code count(i, j)} is how many units (pairs of overlapping passages, paragraphs, documents) hold
 * both theme i and theme j; on the diagonal, how many hold theme i (for OVERLAP: its passages). Only themes with a
 * passage in scope are listed, in codebook order.
 */
public record CooccurrenceMatrix(CooccurrenceUnit unit, CooccurrenceFilter filter, List<Theme> themes, int[][] counts) {

    public CooccurrenceMatrix {
        themes = List.copyOf(themes);
    }

    public int count(int row, int column) {
        return counts[row][column];
    }

    public int size() {
        return themes.size();
    }

    /** The largest count off the diagonal (for shading), at least 1. */
    public int maxOffDiagonal() {
        int max = 1;
        for (int i = 0; i < size(); i++) {
            for (int j = 0; j < size(); j++) if (i != j) max = Math.max(max, counts[i][j]);
        }
        return max;
    }
}
