package dev.annals.persistence;

import dev.annals.logic.library.DocumentDate;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;
import dev.annals.model.DateSource;
import dev.annals.model.PartialDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Documents in SQLite. */
public final class SqliteDocumentStore implements DocumentStore {

    private static final String INSERT = "INSERT INTO documents(" + DocumentRows.METADATA_COLUMNS
            + ", text, sha256, chars, original_name, imported_at, words_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final int HASHES_PER_QUERY = 500;
    /** SQLite's own: the log is copied into the file at the first commit past this many pages. */
    private static final int CHECKPOINT_PAGES = 1000;
    /**
     * During an import: 256 MB of log (64 K pages of 4 KB) before a copy. Every copy syncs the disk and writes the
     * pages of the indexes each batch touched again; at SQLite's 4 MB that made writing 1.3 to 4 times slower
     * (docs/decisions/0208).
     */
    private static final int BULK_CHECKPOINT_PAGES = 65_536;

    private final Database db;
    /** Whether anything was stored since the last {@link #bulkInsert} began: only then is there a log to copy. */
    private volatile boolean storedInBulk;

    public SqliteDocumentStore(Database db) {
        this.db = db;
    }

    private Connection c() {
        return db.connection();
    }

    @Override
    public Optional<Long> findIdBySha256(String sha256) {
        return Sql.queryOne(c(), "SELECT id FROM documents WHERE sha256 = ?", rs -> rs.getLong(1), sha256);
    }

    @Override
    public Map<String, Long> findIdsBySha256(Collection<String> sha256s) {
        return idsByHash("sha256", sha256s);
    }

    @Override
    public Map<String, Long> findIdsByWordsKey(Collection<String> wordsKeys) {
        return idsByHash("words_key", wordsKeys);
    }

    /** The first stored document for each hash in {@code column}; several may share a words key (older libraries). */
    private Map<String, Long> idsByHash(String column, Collection<String> hashes) {
        Map<String, Long> ids = new HashMap<>();
        List<String> all = List.copyOf(hashes);
        for (int from = 0; from < all.size(); from += HASHES_PER_QUERY) {
            List<String> part = all.subList(from, Math.min(all.size(), from + HASHES_PER_QUERY));
            String sql = "SELECT " + column + ", min(id) FROM documents WHERE " + column + " IN ("
                    + String.join(",", Collections.nCopies(part.size(), "?")) + ") GROUP BY " + column;
            Sql.queryList(c(), sql, rs -> Map.entry(rs.getString(1), rs.getLong(2)), part.toArray())
                    .forEach(e -> ids.put(e.getKey(), e.getValue()));
        }
        return ids;
    }

    /** Stores the documents in one transaction, each with its original bytes and its row in the search index. */
    @Override
    public List<Long> insertAll(List<NewDocument> documents) {
        return Sql.wrap(() -> db.transactions().call(() -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement doc = c().prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement original = c().prepareStatement("INSERT INTO document_originals(doc_id, bytes) VALUES (?, ?)");
                 PreparedStatement searchRow = c().prepareStatement("INSERT INTO search_fts(rowid, body) VALUES (?, ?)")) {
                for (NewDocument d : documents) {
                    DocumentRows.bindMetadata(doc, 1, d.metadata());
                    int next = DocumentRows.METADATA_COUNT + 1;
                    doc.setString(next, d.text());
                    doc.setString(next + 1, d.sha256());
                    doc.setInt(next + 2, d.chars());
                    doc.setString(next + 3, d.originalName());
                    doc.setString(next + 4, d.importedAt().toString());
                    doc.setString(next + 5, d.wordsKey());
                    doc.executeUpdate();
                    long id;
                    try (ResultSet keys = doc.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    original.setLong(1, id);
                    original.setBytes(2, d.originalBytes());
                    original.executeUpdate();
                    searchRow.setLong(1, id);
                    searchRow.setString(2, d.searchText());
                    searchRow.executeUpdate();
                    ids.add(id);
                }
            }
            storedInBulk = true;
            return ids;
        }));
    }

    @Override
    public BulkInsert bulkInsert() {
        pragma("wal_autocheckpoint = " + BULK_CHECKPOINT_PAGES);
        storedInBulk = false;
        return () -> {
            pragma("wal_autocheckpoint = " + CHECKPOINT_PAGES);
            // now, by the import, not at the next edit of whoever comes next
            if (storedInBulk) pragma("wal_checkpoint(PASSIVE)");
        };
    }

    private void pragma(String setting) {
        Sql.wrap(() -> {
            try (Statement st = c().createStatement()) {
                st.execute("PRAGMA " + setting);
            }
            return null;
        });
    }

    /**
     * Narrowed by the search index first: the folded quote's words after the first (which may be the end of a word)
     * form a phrase whose last word may be cut short. A quote of one word is looked for in every text.
     */
    @Override
    public List<Long> idsContaining(String exact) {
        String phrase = QuotePhrase.ftsPrefix(exact);
        if (phrase == null) return Sql.queryList(c(), "SELECT id FROM documents WHERE instr(text, ?) > 0", rs -> rs.getLong(1), exact);
        return Sql.queryList(c(), "SELECT id FROM documents WHERE id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)"
                + " AND instr(text, ?) > 0", rs -> rs.getLong(1), phrase, exact);
    }

    @Override
    public List<DocumentSummary> list() {
        // counts in one pass over the annotations' index, not one lookup per document (a third of the time at 100,000)
        String sql = "SELECT " + DocumentRows.SUMMARY_COLUMNS + ", coalesce(c.n, 0) AS n FROM documents d"
                + " LEFT JOIN (SELECT doc_id, count(*) AS n FROM annotations GROUP BY doc_id) c ON c.doc_id = d.id"
                + " ORDER BY d.date_sort IS NULL, d.date_sort, d.title COLLATE NOCASE, d.id";
        return Sql.queryList(c(), sql, rs -> DocumentRows.summary(rs, rs.getInt("n")));
    }

    /** Walks the summary index in the list's order and stops there: each page's counts looked up one by one. */
    @Override
    public List<DocumentSummary> list(int limit) {
        String sql = "SELECT " + DocumentRows.SUMMARY_COLUMNS + ", (SELECT count(*) FROM annotations a WHERE a.doc_id = d.id) AS n"
                + " FROM documents d ORDER BY d.date_sort IS NULL, d.date_sort, d.title COLLATE NOCASE, d.id LIMIT ?";
        return Sql.queryList(c(), sql, rs -> DocumentRows.summary(rs, rs.getInt("n")), limit);
    }

    @Override
    public List<DocumentSummary> summaries(Collection<Long> ids) {
        String sql = "SELECT " + DocumentRows.SUMMARY_COLUMNS + ", (SELECT count(*) FROM annotations a WHERE a.doc_id = d.id) AS n"
                + " FROM documents d WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.id";
        return Sql.queryList(c(), sql, rs -> DocumentRows.summary(rs, rs.getInt("n")), ids.toString());
    }

    @Override
    public int countUndated() {
        return Sql.queryOne(c(), "SELECT count(*) FROM documents INDEXED BY documents_narrow WHERE date IS NULL", rs -> rs.getInt(1)).orElse(0);
    }

    @Override
    public Map<Long, List<String>> peopleByDocument() {
        Map<Long, List<String>> people = new HashMap<>();
        Sql.queryList(c(), "SELECT id, people FROM documents WHERE people IS NOT NULL AND people <> ''",
                rs -> Map.entry(rs.getLong(1), DocumentRows.people(rs.getString(2)))).forEach(e -> people.put(e.getKey(), e.getValue()));
        return people;
    }

    @Override
    public Optional<Document> find(long id) {
        return Sql.queryOne(c(), "SELECT * FROM documents WHERE id = ?", DocumentRows::document, id);
    }

    /** SQLite keeps the text in UTF-8: read as a blob, it comes out as the bytes a file needs. */
    @Override
    public Optional<byte[]> textUtf8(long id) {
        return Sql.queryOne(c(), "SELECT CAST(text AS BLOB) FROM documents WHERE id = ?", rs -> rs.getBytes(1), id);
    }

    @Override
    public void updateMetadata(long id, DocumentMetadata metadata) {
        Sql.wrap(() -> db.transactions().call(() -> {
            Optional<Document> current = find(id);
            if (current.isEmpty()) return null;
            Set<String> edited = new TreeSet<>(editedFields(id));
            DocumentMetadata old = current.get().metadata();
            if (!Objects.equals(old.title(), metadata.title())) edited.add("title");
            if (!Objects.equals(old.date(), metadata.date())) edited.add("date");
            if (!Objects.equals(old.source(), metadata.source())) edited.add("source");
            if (old.kind() != metadata.kind()) edited.add("kind");
            if (!old.people().equals(metadata.people())) edited.add("people");
            writeMetadata(id, metadata, edited);
            return null;
        }));
    }

    private void writeMetadata(long id, DocumentMetadata metadata, Set<String> edited) throws SQLException {
        String columns = DocumentRows.METADATA_COLUMNS.replace(", ", "=?, ") + "=?";
        try (PreparedStatement ps = c().prepareStatement("UPDATE documents SET " + columns + ", edited_fields=? WHERE id=?")) {
            DocumentRows.bindMetadata(ps, 1, metadata);
            ps.setString(DocumentRows.METADATA_COUNT + 1, String.join(",", edited));
            ps.setLong(DocumentRows.METADATA_COUNT + 2, id);
            ps.executeUpdate();
        }
    }

    @Override
    public List<DocumentDate> setDates(Collection<Long> ids, PartialDate date, DateSource source) {
        return Sql.wrap(() -> db.transactions().call(() -> {
            List<DocumentDate> before = new ArrayList<>();
            for (long id : ids) {
                Optional<Document> current = find(id);
                if (current.isEmpty()) continue;
                Set<String> edited = new TreeSet<>(editedFields(id));
                DocumentMetadata old = current.get().metadata();
                before.add(new DocumentDate(id, old.date(), old.dateSource(), edited.contains("date")));
                edited.add("date");
                writeMetadata(id, old.withDate(date, source), edited);
            }
            return before;
        }));
    }

    @Override
    public void restoreDates(List<DocumentDate> dates) {
        Sql.wrap(() -> db.transactions().call(() -> {
            for (DocumentDate d : dates) {
                Optional<Document> current = find(d.id());
                if (current.isEmpty()) continue;
                Set<String> edited = new TreeSet<>(editedFields(d.id()));
                if (d.editedByUser()) edited.add("date");
                else edited.remove("date");
                writeMetadata(d.id(), current.get().metadata().withDate(d.date(), d.source()), edited);
            }
            return null;
        }));
    }

    /** The metadata fields the user has edited; extraction never overwrites them. */
    public Set<String> editedFields(long id) {
        String joined = Sql.queryOne(c(), "SELECT edited_fields FROM documents WHERE id = ?", rs -> rs.getString(1), id).orElse("");
        return joined.isEmpty() ? Set.of() : Set.of(joined.split(","));
    }

    @Override
    public void updateText(long id, String text, String sha256, int chars) {
        Sql.update(c(), "UPDATE documents SET text = ?, sha256 = ?, chars = ?, words_key = ? WHERE id = ?",
                text, sha256, chars, Hashing.wordsKey(text), id);
    }

    @Override
    public boolean delete(long id) {
        return Sql.update(c(), "DELETE FROM documents WHERE id = ?", id) > 0;
    }

    @Override
    public int count() {
        return Sql.queryOne(c(), "SELECT count(*) FROM documents", rs -> rs.getInt(1)).orElse(0);
    }

    @Override
    public Optional<byte[]> originalBytes(long id) {
        return Sql.queryOne(c(), "SELECT bytes FROM document_originals WHERE doc_id = ?", rs -> rs.getBytes(1), id);
    }
}
