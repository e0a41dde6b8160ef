package dev.annals.persistence;

import dev.annals.logic.library.MemoStore;
import dev.annals.model.Memo;
import dev.annals.model.MemoSubject;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Memos in SQLite; a memo goes when its document or theme is deleted, while one about a conference outlives its
 * conference (see {@link ConferenceMemos}).
 */
public final class SqliteMemoStore implements MemoStore {

    private static final String SELECT = "SELECT id, doc_id, theme_id, conference_id, title, text, origin, created, updated, "
            + "former_conference FROM memos ";

    private final Database db;

    public SqliteMemoStore(Database db) {
        this.db = db;
    }

    @Override
    public Memo insert(Memo m) {
        return Sql.wrap(() -> {
            WriteGate.awaitWritable(db.connection());
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "INSERT INTO memos(doc_id, theme_id, conference_id, title, text, origin, created, updated, former_conference) "
                            + "VALUES (?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                Sql.bind(ps, m.docId(), m.themeId(), m.conferenceId(), m.title(), m.text(), m.origin(), m.created().toString(),
                        m.updated().toString(), m.formerConference());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Memo(keys.getLong(1), m.docId(), m.themeId(), m.conferenceId(), m.title(), m.text(), m.origin(),
                            m.created(), m.updated(), m.formerConference());
                }
            }
        });
    }

    @Override
    public List<Memo> forDocument(long docId) {
        return Sql.queryList(db.connection(), SELECT + "WHERE doc_id = ? ORDER BY id", SqliteMemoStore::memo, docId);
    }

    @Override
    public List<Memo> forTheme(long themeId) {
        return Sql.queryList(db.connection(), SELECT + "WHERE theme_id = ? ORDER BY id", SqliteMemoStore::memo, themeId);
    }

    @Override
    public List<Memo> forConference(long conferenceId) {
        return Sql.queryList(db.connection(), SELECT + "WHERE conference_id = ? ORDER BY id", SqliteMemoStore::memo, conferenceId);
    }

    @Override
    public List<Memo> general() {
        return Sql.queryList(db.connection(), SELECT + "WHERE doc_id IS NULL AND theme_id IS NULL AND conference_id IS NULL ORDER BY id",
                SqliteMemoStore::memo);
    }

    @Override
    public List<Memo> all() {
        return Sql.queryList(db.connection(), SELECT + "ORDER BY doc_id IS NULL, doc_id, theme_id IS NULL, theme_id, "
                + "conference_id IS NULL, conference_id, id", SqliteMemoStore::memo);
    }

    @Override
    public Optional<Memo> written(MemoSubject subject) {
        String where = switch (subject.kind()) {
            case DOCUMENT -> "doc_id = ?";
            case THEME -> "theme_id = ?";
            case CONFERENCE -> "conference_id = ?";
            case LIBRARY -> "doc_id IS NULL AND theme_id IS NULL AND conference_id IS NULL AND ? = 0";
        };
        return Sql.queryOne(db.connection(), SELECT + "WHERE origin = '' AND " + where + " ORDER BY id LIMIT 1",
                SqliteMemoStore::memo, subject.id());
    }

    @Override
    public void update(Memo memo) {
        Sql.update(db.connection(), "UPDATE memos SET text = ?, updated = ? WHERE id = ?", memo.text(), memo.updated().toString(), memo.id());
    }

    @Override
    public void delete(long id) {
        Sql.update(db.connection(), "DELETE FROM memos WHERE id = ?", id);
    }

    private static Memo memo(ResultSet rs) throws SQLException {
        String updated = rs.getString(9);
        Instant created = Instant.parse(rs.getString(8));
        return new Memo(rs.getLong(1), nullable(rs, 2), nullable(rs, 3), nullable(rs, 4), rs.getString(5), rs.getString(6),
                rs.getString(7), created, updated == null ? created : Instant.parse(updated), rs.getString(10));
    }

    private static Long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
