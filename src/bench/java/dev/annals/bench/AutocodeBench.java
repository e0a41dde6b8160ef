package dev.annals.bench;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.autocode.AutoCodePlan;
import dev.annals.logic.autocode.AutoCoder;
import dev.annals.logic.search.InvalidQueryException;
import dev.annals.logic.search.SearchFilters;
import dev.annals.model.Theme;

import java.util.Arrays;
import java.util.Map;

/**
 * autocode_10k_ms: "Tag hits…" of 10,000 hits through the real use case: the search finds every hit with its
 * context, the theme's passages are read to skip covered hits, and the hits are stored as one undoable step. Median of
 * {@value #RUNS} runs after a warm-up, each undone before the next. autocode_10k_find_ms is the finding part alone,
 * autocode_10k_hits how many hits were tagged (fewer than 10,000 only in a small library).
 */
public final class AutocodeBench {

    static final String THEME = "bench: autocode";
    static final String QUERY = "công an OR hội nghị OR an ninh";
    static final int HITS = 10_000;
    static final int RUNS = 3;

    private AutocodeBench() {
    }

    public static void measure(LibrarySession session, Map<String, Object> figures) {
        AutoCoder coder = session.autoCoder();
        Theme theme = session.themes().findByName(THEME).orElseGet(() -> session.themes().create(THEME, null, null, null));
        run(session, coder, theme);
        double[] total = new double[RUNS];
        double[] find = new double[RUNS];
        int tagged = 0;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            AutoCodePlan plan = plan(coder, theme);
            long t1 = System.nanoTime();
            tagged = coder.apply(plan, c -> true).tagged().size();
            total[i] = (System.nanoTime() - t0) / 1e6;
            find[i] = (t1 - t0) / 1e6;
            session.undoHistory().undo();
        }
        session.undoHistory().clear();
        figures.put("autocode_10k_ms", median(total));
        figures.put("autocode_10k_find_ms", median(find));
        figures.put("autocode_10k_hits", tagged);
    }

    private static void run(LibrarySession session, AutoCoder coder, Theme theme) {
        coder.apply(plan(coder, theme), c -> true);
        session.undoHistory().undo();
    }

    private static AutoCodePlan plan(AutoCoder coder, Theme theme) {
        try {
            return coder.plan(QUERY, SearchFilters.NONE, theme.id(), HITS);
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("the benchmark's autocode query is invalid", e);
        }
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return Math.round(sorted[sorted.length / 2] * 10) / 10.0;
    }
}
