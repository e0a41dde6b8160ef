package dev.annals.persistence;

import dev.annals.logic.search.IndexFilter;
import dev.annals.logic.search.SearchIndex;
import dev.annals.model.Theme;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The FTS5 index of folded texts (table search_fts, written by the document store and kept in sync by triggers on
 * documents) and the notes and themes, in SQLite.
 */
public final class SqliteSearchIndex implements SearchIndex {

    private static final int CHUNK = 200;

    private final Database db;

    public SqliteSearchIndex(Database db) {
        this.db = db;
    }

    private Connection c() {
        return db.connection();
    }

    @Override
    public List<IndexedDocument> find(String ftsExpression, IndexFilter filter, int limit) {
        return documents(SearchPlan.best(c(), ftsExpression, filter, limit));
    }

    /** Reads the texts a chunk at a time: a query may match every document of a large library. */
    @Override
    public void forEachMatch(String ftsExpression, IndexFilter filter, java.util.function.Predicate<IndexedDocument> sink) {
        List<Long> ids = matchingIds(ftsExpression, filter, Integer.MAX_VALUE);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (IndexedDocument d : documents(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                if (!sink.test(d)) return;
            }
        }
    }

    /** Every match, best bm25 rank first (tagging every hit reads them all anyway). */
    private List<Long> matchingIds(String ftsExpression, IndexFilter filter, int limit) {
        SearchFilterSql sql = new SearchFilterSql(filter, null);
        if (sql.impossible) return List.of();
        String join = filter.isEmpty() ? "" : " JOIN documents d ON d.id = search_fts.rowid";
        List<Object> params = new ArrayList<>(List.of(ftsExpression));
        params.addAll(sql.params);
        params.add(limit);
        return Sql.queryList(c(), "SELECT search_fts.rowid FROM search_fts" + join + " WHERE search_fts MATCH ?"
                + sql.where + " ORDER BY bm25(search_fts) LIMIT ?", rs -> rs.getLong(1), params.toArray());
    }

    private List<IndexedDocument> documents(List<Long> ids) {
        if (ids.isEmpty()) return List.of();
        String in = String.join(",", Collections.nCopies(ids.size(), "?"));
        Map<Long, IndexedDocument> byId = new HashMap<>();
        Sql.queryList(c(), "SELECT id, title, date, text, sha256 FROM documents WHERE id IN (" + in + ")",
                rs -> new IndexedDocument(rs.getLong(1), rs.getString(2), DocumentRows.date(rs.getString(3)), rs.getString(4), rs.getString(5)),
                ids.toArray()).forEach(d -> byId.put(d.id(), d));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public int rankedUpTo() {
        return SearchPlan.CANDIDATES;
    }

    @Override
    public int count(String ftsExpression, IndexFilter filter) {
        SearchFilterSql sql = new SearchFilterSql(filter, null);
        if (sql.impossible) return 0;
        String join = filter.isEmpty() ? "" : " JOIN documents d INDEXED BY documents_narrow ON d.id = search_fts.rowid";
        List<Object> params = new ArrayList<>(List.of(PrefixTerms.expand(c(), ftsExpression)));
        params.addAll(sql.params);
        return Sql.queryOne(c(), "SELECT count(*) FROM search_fts" + join + " WHERE search_fts MATCH ?" + sql.where,
                rs -> rs.getInt(1), params.toArray()).orElse(0);
    }

    @Override
    public List<IndexedNote> notes(IndexFilter filter) {
        SearchFilterSql sql = new SearchFilterSql(filter, "a.theme_id");
        if (sql.impossible) return List.of();
        return Sql.queryList(c(), "SELECT a.id, a.doc_id, d.title, t.name, a.start_cp, a.end_cp, a.note FROM annotations a"
                        + " JOIN documents d ON d.id = a.doc_id JOIN themes t ON t.id = a.theme_id WHERE a.note <> ''" + sql.where
                        + " ORDER BY d.date_sort IS NULL, d.date_sort, a.doc_id, a.start_cp",
                rs -> new IndexedNote(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        rs.getString(7)), sql.params.toArray());
    }

    @Override
    public List<IndexedMemo> memos() {
        return Sql.queryList(c(), "SELECT m.id, m.doc_id, m.theme_id, m.conference_id, COALESCE(d.title, t.name, c.title, "
                        + "(SELECT cd_doc.title FROM conference_documents cd JOIN documents cd_doc ON cd_doc.id = cd.doc_id "
                        + "WHERE cd.conference_id = c.id ORDER BY cd_doc.id LIMIT 1), c.date, m.former_conference, ''), m.title, m.text "
                        + "FROM memos m LEFT JOIN documents d ON d.id = m.doc_id LEFT JOIN themes t ON t.id = m.theme_id "
                        + "LEFT JOIN conferences c ON c.id = m.conference_id WHERE m.text <> '' OR m.title <> '' ORDER BY m.id",
                rs -> new IndexedMemo(rs.getLong(1), subject(rs), rs.getString(5), rs.getString(6), rs.getString(7)));
    }

    private static dev.annals.model.MemoSubject subject(java.sql.ResultSet rs) throws java.sql.SQLException {
        if (rs.getObject(2) != null) return dev.annals.model.MemoSubject.document(rs.getLong(2));
        if (rs.getObject(3) != null) return dev.annals.model.MemoSubject.theme(rs.getLong(3));
        if (rs.getObject(4) != null) return dev.annals.model.MemoSubject.conference(rs.getLong(4));
        return dev.annals.model.MemoSubject.LIBRARY;
    }

    @Override
    public List<Theme> themes() {
        return Sql.queryList(c(), "SELECT id, name, color, parent_id, description, sort_order FROM themes ORDER BY sort_order, name",
                rs -> new Theme(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4) == null ? null : rs.getLong(4),
                        rs.getString(5), rs.getInt(6)));
    }

    @Override
    public void rebuild() {
        Sql.wrap(() -> {
            db.transactions().run(() -> {
                try (Statement st = c().createStatement()) {
                    st.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')");
                    st.execute("INSERT INTO search_fts(rowid, body) SELECT id, " + SearchFunctions.FOLD + "(text) FROM documents");
                    st.execute("INSERT INTO search_fts(search_fts) VALUES ('optimize')");
                }
            });
            return null;
        });
    }
}
