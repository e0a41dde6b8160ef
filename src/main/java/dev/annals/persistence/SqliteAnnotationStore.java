package dev.annals.persistence;

import dev.annals.logic.annotate.AnnotationQuery;
import dev.annals.logic.annotate.AnnotationStore;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import dev.annals.model.TextAnchor;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Annotations in SQLite. Each write is its own short transaction (autocommit), durable once it returns (WAL). */
public final class SqliteAnnotationStore implements AnnotationStore {

    private static final String COLUMNS = "a.id, a.doc_id, a.theme_id, a.start_cp, a.end_cp, a.exact, a.prefix, a.suffix,"
            + " a.note, a.status, a.text_sha256, a.created, a.modified";
    private static final int SUMMARY_AT = 14;
    private static final String INSERT = "INSERT INTO annotations(doc_id, theme_id, start_cp, end_cp, exact, prefix, suffix,"
            + " note, status, text_sha256, created, modified) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String RESTORE = "INSERT INTO annotations(id, doc_id, theme_id, start_cp, end_cp, exact, prefix, suffix,"
            + " note, status, text_sha256, created, modified) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String UPDATE = "UPDATE annotations SET doc_id=?, theme_id=?, start_cp=?, end_cp=?, exact=?, prefix=?,"
            + " suffix=?, note=?, status=?, text_sha256=?, created=?, modified=? WHERE id=?";

    private final Database db;

    public SqliteAnnotationStore(Database db) {
        this.db = db;
    }

    @Override
    public Annotation insert(Annotation a) {
        return Sql.wrap(() -> db.transactions().call(() -> {
            try (PreparedStatement ps = db.connection().prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                Sql.bind(ps, values(a));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Annotation(keys.getLong(1), a.docId(), a.themeId(), a.anchor(), a.note(), a.status(),
                            a.textSha256(), a.created(), a.modified());
                }
            }
        }));
    }

    /** Ids are given in the transaction, after the highest one, so that the rows go in as one batch. */
    @Override
    public List<Annotation> insertAll(List<Annotation> annotations) {
        return Sql.wrap(() -> db.transactions().call(() -> {
            long next;
            try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM annotations")) {
                next = rs.getLong(1) + 1;
            }
            List<Annotation> out = new ArrayList<>(annotations.size());
            for (Annotation a : annotations) {
                out.add(new Annotation(next++, a.docId(), a.themeId(), a.anchor(), a.note(), a.status(), a.textSha256(), a.created(), a.modified()));
            }
            batch(RESTORE, out, true);
            return out;
        }));
    }

    @Override
    public void deleteAll(java.util.Collection<Long> ids) {
        Sql.wrap(() -> db.transactions().call(() -> {
            try (PreparedStatement ps = db.connection().prepareStatement("DELETE FROM annotations WHERE id = ?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }));
    }

    @Override
    public void restoreAll(List<Annotation> annotations) {
        batch(RESTORE, annotations, true);
    }

    @Override
    public void update(Annotation a) {
        Sql.update(db.connection(), UPDATE, withId(a, false));
    }

    @Override
    public void updateAll(List<Annotation> annotations) {
        batch(UPDATE, annotations, false);
    }

    @Override
    public void updateNote(long id, String note, Instant modified) {
        Sql.update(db.connection(), "UPDATE annotations SET note = ?, modified = ? WHERE id = ?", note, modified.toString(), id);
    }

    @Override
    public void delete(long id) {
        Sql.update(db.connection(), "DELETE FROM annotations WHERE id = ?", id);
    }

    @Override
    public Optional<Annotation> findById(long id) {
        return Sql.queryOne(db.connection(), "SELECT " + COLUMNS + " FROM annotations a WHERE a.id = ?", SqliteAnnotationStore::annotation, id);
    }

    @Override
    public List<Annotation> findByDocument(long docId) {
        return Sql.queryList(db.connection(), "SELECT " + COLUMNS + " FROM annotations a WHERE a.doc_id = ? ORDER BY a.start_cp, a.end_cp, a.id",
                SqliteAnnotationStore::annotation, docId);
    }

    @Override
    public List<Annotation> findByStatus(AnchorStatus status) {
        return Sql.queryList(db.connection(), "SELECT " + COLUMNS + " FROM annotations a WHERE a.status = ? ORDER BY a.doc_id, a.start_cp, a.id",
                SqliteAnnotationStore::annotation, status.jsonName());
    }

    @Override
    public void forEach(AnnotationQuery query, Consumer<Annotation> sink) {
        stream(query, "", rs -> sink.accept(annotation(rs)));
    }

    /** The summary columns come from the index the query walks anyway; a document's run of rows shares one summary. */
    @Override
    public void forEachWithDocument(AnnotationQuery query, BiConsumer<Annotation, DocumentSummary> sink) {
        DocumentSummary[] current = {null};
        stream(query, ", " + DocumentRows.SUMMARY_COLUMNS, rs -> {
            Annotation a = annotation(rs);
            if (current[0] == null || current[0].id() != a.docId()) current[0] = DocumentRows.summaryAt(rs, SUMMARY_AT);
            sink.accept(a, current[0]);
        });
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void stream(AnnotationQuery query, String moreColumns, Row row) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1=1");
        if (query.docId() != null) {
            where.append(" AND a.doc_id = ?");
            params.add(query.docId());
        }
        if (!query.themeIds().isEmpty()) {
            where.append(" AND a.theme_id IN (").append("?,".repeat(query.themeIds().size() - 1)).append("?)");
            params.addAll(query.themeIds());
        }
        if (query.from() != null || query.to() != null) {
            List<Long> docs = docsInRange(query.from(), query.to());
            where.append(" AND a.doc_id IN (").append(docs.isEmpty() ? "NULL" : "?,".repeat(docs.size() - 1) + "?").append(")");
            params.addAll(docs);
        }
        // Never read the documents' rows (several KB each) to sort by them (V7, ADR 0204): over the whole library,
        // walk the documents in display order through their summary index and fetch each one's annotations; for one
        // document or some themes, read the annotations first and their documents' sort keys from the narrow index
        // (both indexes hold every column of a summary, V12).
        String from = query.docId() == null && query.themeIds().isEmpty()
                ? " FROM documents d INDEXED BY documents_summary JOIN annotations a ON a.doc_id = d.id"
                : " FROM annotations a JOIN documents d INDEXED BY documents_narrow ON d.id = a.doc_id";
        String sql = "SELECT " + COLUMNS + moreColumns + from + where
                + " ORDER BY d.date_sort IS NULL, d.date_sort, d.title COLLATE NOCASE, d.id, a.start_cp, a.end_cp, a.id";
        Sql.wrap(() -> {
            try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
                Sql.bind(ps, params.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) row.read(rs);
                }
            }
            return null;
        });
    }

    private List<Long> docsInRange(PartialDate from, PartialDate to) {
        List<Long> ids = new ArrayList<>();
        Sql.queryList(db.connection(), "SELECT id, date FROM documents", rs -> {
            PartialDate date = PartialDate.tryParseIso(rs.getString(2)).orElse(null);
            boolean in = date != null && (from == null || from.firstDay().isBefore(date.endExclusive()))
                    && (to == null || date.firstDay().isBefore(to.endExclusive()));
            if (in) ids.add(rs.getLong(1));
            return null;
        });
        return ids;
    }

    @Override
    public int count() {
        return Sql.queryOne(db.connection(), "SELECT count(*) FROM annotations", rs -> rs.getInt(1)).orElse(0);
    }

    @Override
    public Map<Long, Integer> countsByDocument() {
        Map<Long, Integer> counts = new HashMap<>();
        Sql.queryList(db.connection(), "SELECT doc_id, count(*) FROM annotations GROUP BY doc_id", rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    @Override
    public Map<Long, Map<Long, Integer>> countsByDocumentAndTheme() {
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        Sql.queryList(db.connection(), "SELECT doc_id, theme_id, count(*) FROM annotations GROUP BY doc_id, theme_id",
                rs -> counts.computeIfAbsent(rs.getLong(1), d -> new HashMap<>()).put(rs.getLong(2), rs.getInt(3)));
        return counts;
    }

    private void batch(String sql, List<Annotation> annotations, boolean idFirst) {
        if (annotations.isEmpty()) return;
        Sql.wrap(() -> db.transactions().call(() -> {
            try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
                for (Annotation a : annotations) {
                    Sql.bind(ps, withId(a, idFirst));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        }));
    }

    private static Object[] values(Annotation a) {
        TextAnchor t = a.anchor();
        return new Object[]{a.docId(), a.themeId(), t.start(), t.end(), t.exact(), t.prefix(), t.suffix(), a.note(),
                a.status().jsonName(), a.textSha256(), a.created().toString(), a.modified().toString()};
    }

    private static Object[] withId(Annotation a, boolean idFirst) {
        Object[] v = values(a);
        Object[] out = new Object[v.length + 1];
        System.arraycopy(v, 0, out, idFirst ? 1 : 0, v.length);
        out[idFirst ? 0 : v.length] = a.id();
        return out;
    }

    /** Reads the columns of {@link #COLUMNS} by position: a reader opening a document maps thousands of rows. */
    private static Annotation annotation(ResultSet rs) throws SQLException {
        TextAnchor anchor = new TextAnchor(rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8));
        return new Annotation(rs.getLong(1), rs.getLong(2), rs.getLong(3), anchor, rs.getString(9),
                AnchorStatus.valueOf(rs.getString(10).toUpperCase(Locale.ROOT)), rs.getString(11),
                Timestamps.parse(rs.getString(12)), Timestamps.parse(rs.getString(13)));
    }
}
