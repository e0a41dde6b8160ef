package dev.annals.persistence;

import dev.annals.logic.search.IndexFilter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a search finds its best documents without scoring every match (ADR 0203). A first pass reads the ids of
 * the newest {@value #CANDIDATES} + 1 matches that pass the filters, without ranking. When that is all of them,
 * they are scored with bm25 and the best come first, as a ranked query would give them. When more match, the
 * words are common enough that bm25 hardly tells the documents apart, and the newest come first.
 */
final class SearchPlan {

    static final int CANDIDATES = 200;
    /** Up to this many documents pass the filters: each is looked up in the index instead of reading the matches. */
    static final int LOOKUPS = 64;
    /** The newest matches are checked against the filters this many at a time... */
    static final int CHUNK = 256;
    /** ...while enough would pass within this many: else the filters pass few, and the passing documents are read first. */
    static final int CHECKED_AT_MOST = 4096;

    private final Connection c;
    private final String expression;

    private SearchPlan(Connection c, String expression) {
        this.c = c;
        this.expression = expression;
    }

    static List<Long> best(Connection c, String ftsExpression, IndexFilter filter, int limit) {
        SearchFilterSql sql = new SearchFilterSql(filter, null);
        if (sql.impossible) return List.of();
        SearchPlan plan = new SearchPlan(c, PrefixTerms.expand(c, ftsExpression));
        List<Long> newest = Sql.wrap(() -> plan.newestCandidates(sql));
        if (newest.size() > CANDIDATES) return newest.subList(0, Math.min(limit, newest.size()));
        return Sql.wrap(() -> plan.ranked(newest, limit));
    }

    private List<Long> newestCandidates(SearchFilterSql sql) throws java.sql.SQLException {
        if (sql.where.isEmpty()) return newest(null);
        List<Long> checked = newestChecked(sql);
        if (checked != null) return checked;
        List<Long> passing = Sql.queryList(c, "SELECT d.id FROM documents d INDEXED BY documents_narrow WHERE 1 = 1" + sql.where
                + " ORDER BY d.id DESC", rs -> rs.getLong(1), sql.params.toArray());
        if (passing.isEmpty()) return List.of();
        if (passing.size() <= LOOKUPS) {
            return Sql.queryList(c, "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid IN (" + idList(passing)
                    + ") ORDER BY rowid DESC", rs -> rs.getLong(1), expression);
        }
        BitSet allowed = new BitSet();
        passing.forEach(id -> allowed.set(Math.toIntExact(id)));
        return newest(allowed);
    }

    /**
     * The newest matches that pass the filters, CANDIDATES + 1 at most, checked a chunk at a time in the narrow
     * index: a filter that passes many documents (a year, a kind) then costs a few lookups, not a read of every
     * document it passes. Null as soon as the rate at which they pass says that enough would take more than
     * {@value #CHECKED_AT_MOST} reads.
     */
    private List<Long> newestChecked(SearchFilterSql sql) throws java.sql.SQLException {
        List<Long> ids = new ArrayList<>();
        int read = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC")) {
            ps.setString(1, expression);
            try (ResultSet rs = ps.executeQuery()) {
                List<Long> chunk = new ArrayList<>(CHUNK);
                while (ids.size() <= CANDIDATES) {
                    chunk.clear();
                    while (chunk.size() < CHUNK && rs.next()) chunk.add(rs.getLong(1));
                    read += chunk.size();
                    java.util.Set<Long> passing = chunk.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(Sql.queryList(c,
                            "SELECT d.id FROM documents d INDEXED BY documents_narrow WHERE d.id IN (" + idList(chunk) + ")" + sql.where,
                            r -> r.getLong(1), sql.params.toArray()));
                    for (Long id : chunk) if (passing.contains(id)) ids.add(id);
                    if (chunk.size() < CHUNK) break; // every match was read
                    // at the rate seen so far, enough would pass only after too many reads: the filters are selective
                    if ((long) (CANDIDATES + 1) * read > (long) CHECKED_AT_MOST * Math.max(1, ids.size()) && ids.size() <= CANDIDATES) return null;
                }
            }
        }
        return ids.size() > CANDIDATES + 1 ? new ArrayList<>(ids.subList(0, CANDIDATES + 1)) : ids;
    }

    /** The newest matches, CANDIDATES + 1 at most, read in the index's order until enough pass. */
    private List<Long> newest(BitSet allowed) throws java.sql.SQLException {
        String limit = allowed == null ? " LIMIT " + (CANDIDATES + 1) : "";
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC" + limit)) {
            ps.setString(1, expression);
            try (ResultSet rs = ps.executeQuery()) {
                while (ids.size() <= CANDIDATES && rs.next()) {
                    long id = rs.getLong(1);
                    if (allowed == null || (id <= Integer.MAX_VALUE && allowed.get((int) id))) ids.add(id);
                }
            }
        }
        return ids;
    }

    private record Scored(long id, double score) {
    }

    /**
     * bm25 of the candidates only: FTS5 counts each phrase's documents again for every statement (and for every
     * value of an IN list on rowid), so they are scored in one pass over their span, the others skipped by CASE.
     */
    private List<Long> ranked(List<Long> candidates, int limit) throws java.sql.SQLException {
        if (candidates.isEmpty()) return List.of();
        List<Scored> scored = new ArrayList<>();
        String sql = "SELECT rowid, CASE WHEN rowid IN (" + idList(candidates) + ") THEN bm25(search_fts) END FROM search_fts"
                + " WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, expression);
            ps.setLong(2, candidates.get(candidates.size() - 1));
            ps.setLong(3, candidates.get(0));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double score = rs.getDouble(2);
                    if (!rs.wasNull()) scored.add(new Scored(rs.getLong(1), score));
                }
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).thenComparing(Comparator.comparingLong(Scored::id).reversed()));
        return scored.stream().limit(limit).map(Scored::id).toList();
    }

    /** Ids read from the library, written as SQL literals (numbers only). */
    private static String idList(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
