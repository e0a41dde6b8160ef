package dev.annals.bench;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.search.InvalidQueryException;
import dev.annals.logic.search.QueryParser;
import dev.annals.logic.search.SearchFilters;
import dev.annals.logic.search.SearchRequest;
import dev.annals.model.ConferenceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Search latency over a library: a fixed mix of single words, phrases, prefixes and filtered queries through the
 * SearchService (top 20 with snippets), and the same mix on a bare FTS5 table of the same texts.
 */
public final class SearchBench {

    record BenchQuery(String query, SearchFilters filters) {
    }

    static final List<BenchQuery> MIX = List.of(
            new BenchQuery("công an", SearchFilters.NONE),
            new BenchQuery("Đảng", SearchFilters.NONE),
            new BenchQuery("nhiệm vụ", SearchFilters.NONE),
            new BenchQuery("tội phạm", SearchFilters.NONE),
            new BenchQuery("ma túy", SearchFilters.NONE),
            new BenchQuery("\"Bộ Công an\"", SearchFilters.NONE),
            new BenchQuery("\"an ninh trật tự\"", SearchFilters.NONE),
            new BenchQuery("\"Tô Lâm\"", SearchFilters.NONE),
            new BenchQuery("nhiệ*", SearchFilters.NONE),
            new BenchQuery("chỉ*", SearchFilters.NONE),
            new BenchQuery("tăng cường*", SearchFilters.NONE),
            new BenchQuery("công an", new SearchFilters(2019, 2021, null, null)),
            new BenchQuery("hội nghị", new SearchFilters(null, null, ConferenceKind.SIX_MONTH_REVIEW, null)),
            new BenchQuery("tổng kết", new SearchFilters(2022, null, ConferenceKind.ANNUAL_NATIONAL, null)),
            new BenchQuery("công an -tội", SearchFilters.NONE),
            new BenchQuery("ma túy OR buôn lậu", SearchFilters.NONE),
            new BenchQuery("\"công an\"", SearchFilters.NONE),
            new BenchQuery(SyntheticCorpus.RARE_WORDS, SearchFilters.NONE));

    static final int LIMIT = 20;
    // The first rounds compile the search path; the figures are for a warmed-up app, where a reader searches.
    private static final int WARM_UP_ROUNDS = 10;
    private static final int ROUNDS = 20;

    private SearchBench() {
    }

    /**
     * Fills search_p50_ms, search_p99_ms, search_raw_fts5_p50_ms and search_raw_fts5_p99_ms. {@code texts} are the normalized texts of
     * the session's documents; the bare FTS5 table is built from them in the library folder.
     */
    public static void measure(LibrarySession session, List<String> texts, Map<String, Object> figures) {
        List<Double> ours = run(q -> session.search().search(new SearchRequest(q.query(), q.filters(), LIMIT)));
        figures.put("search_p50_ms", percentile(ours, 50));
        figures.put("search_p99_ms", percentile(ours, 99));
        try (RawFts5Baseline raw = RawFts5Baseline.create(session.folder().resolve("raw-fts5-search.db"), texts)) {
            List<Double> bare = run(q -> raw.search(QueryParser.parse(q.query()).ftsExpression(), LIMIT));
            figures.put("search_raw_fts5_p50_ms", percentile(bare, 50));
            figures.put("search_raw_fts5_p99_ms", percentile(bare, 99));
        }
    }

    private interface Query {
        void run(BenchQuery query) throws InvalidQueryException;
    }

    private static List<Double> run(Query query) {
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            for (BenchQuery q : MIX) {
                long start = System.nanoTime();
                try {
                    query.run(q);
                } catch (InvalidQueryException e) {
                    throw new IllegalStateException("the benchmark query mix is invalid: " + q.query(), e);
                }
                if (round >= WARM_UP_ROUNDS) millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return millis;
    }

    static double percentile(List<Double> samples, int p) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        double value = sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        return Math.round(value * 100) / 100.0;
    }
}
