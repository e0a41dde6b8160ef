package dev.annals.ui.reader;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Coding stripes in the margin, like MAXQDA's: one column per theme used in the document (codebook order), a
 * bar beside the part of each paragraph an annotation covers. The area asks for them only for the paragraphs it
 * shows, so they cost nothing for the rest of a long document (see ADR 0601).
 */
final class CodingStripes implements IntFunction<Node> {

    static final double COLUMN = 5;
    static final double GAP = 2;
    private static final int MAX_COLUMNS = 8;
    private static final double MIN_BAR = 6;

    private final ReaderArea area;
    private final List<Highlight> byStart;
    private final Map<Long, Integer> columns = new LinkedHashMap<>();
    private final int maxLength;
    private final Function<List<Long>, String> spoken;

    /** {@code spoken} says which themes a paragraph's stripes stand for, for a screen reader. */
    CodingStripes(ReaderArea area, List<Highlight> highlights, List<Long> themeOrder, Function<List<Long>, String> spoken) {
        this.area = area;
        this.spoken = spoken;
        this.byStart = highlights;
        int longest = 0;
        for (Highlight h : highlights) longest = Math.max(longest, h.range().end() - h.range().start());
        this.maxLength = longest;
        for (Long theme : themeOrder) {
            if (columns.size() < MAX_COLUMNS && highlights.stream().anyMatch(h -> h.themeId() == theme)) columns.put(theme, columns.size());
        }
    }

    double width() {
        return Math.max(columns.size(), 1) * (COLUMN + GAP) + 8;
    }

    @Override
    public Node apply(int paragraph) {
        int start = area.paragraphStartCodePoint(paragraph);
        int length = area.offsets().toCodePoint(area.getAbsolutePosition(paragraph, area.getParagraphLength(paragraph))) - start;
        List<double[]> bars = new ArrayList<>();
        List<Highlight> hits = new ArrayList<>();
        for (int i = firstCandidate(start); i < byStart.size() && byStart.get(i).range().start() < start + Math.max(length, 1); i++) {
            Highlight h = byStart.get(i);
            if (h.range().end() <= start) continue;
            Integer column = columns.get(h.themeId());
            if (column == null) continue;
            double from = length == 0 ? 0 : Math.max(0, h.range().start() - start) / (double) length;
            double to = length == 0 ? 1 : Math.min(length, h.range().end() - start) / (double) length;
            bars.add(new double[]{column, from, to});
            hits.add(h);
        }
        Stripes stripes = new Stripes(bars, hits, width());
        if (!hits.isEmpty()) stripes.setAccessibleText(spoken.apply(hits.stream().map(Highlight::themeId).distinct().toList()));
        return stripes;
    }

    /** Annotations are sorted by start; none starting more than the longest length before the paragraph reaches it. */
    private int firstCandidate(int paragraphStart) {
        int lo = 0, hi = byStart.size();
        int from = paragraphStart - maxLength;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart.get(mid).range().start() < from) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** The stripes of one paragraph; bars are laid out against the paragraph's height. */
    private static final class Stripes extends Region {
        private final List<double[]> bars;

        Stripes(List<double[]> bars, List<Highlight> hits, double width) {
            this.bars = bars;
            getStyleClass().add("coding-stripes");
            setAccessibleRole(AccessibleRole.TEXT);
            setMinWidth(width);
            setPrefWidth(width);
            for (int i = 0; i < bars.size(); i++) {
                Rectangle r = new Rectangle(COLUMN, 0, hits.get(i).mark());
                r.setArcWidth(COLUMN);
                r.setArcHeight(COLUMN);
                getChildren().add(r);
            }
        }

        @Override
        protected void layoutChildren() {
            double h = getHeight();
            for (int i = 0; i < bars.size(); i++) {
                double[] bar = bars.get(i);
                Rectangle r = (Rectangle) getChildren().get(i);
                double top = bar[1] * h;
                double height = Math.max(MIN_BAR, (bar[2] - bar[1]) * h);
                r.setX(2 + bar[0] * (COLUMN + GAP));
                r.setY(Math.min(top, Math.max(0, h - height)));
                r.setHeight(height);
            }
        }
    }
}
