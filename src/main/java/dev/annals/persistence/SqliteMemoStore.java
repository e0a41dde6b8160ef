package dev.annals.persistence;

import dev.annals.logic.library.MemoStore;
import dev.annals.model.Memo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/** Memos in SQLite; a memo goes when its document or theme is deleted. */
public final class SqliteMemoStore implements MemoStore {

    private static final String SELECT = "SELECT id, doc_id, theme_id, title, text, origin, created FROM memos ";

    private final Database db;

    public SqliteMemoStore(Database db) {
        this.db = db;
    }

    @Override
    public Memo insert(Memo m) {
        return Sql.wrap(() -> {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "INSERT INTO memos(doc_id, theme_id, title, text, origin, created) VALUES (?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                Sql.bind(ps, m.docId(), m.themeId(), m.title(), m.text(), m.origin(), m.created().toString());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Memo(keys.getLong(1), m.docId(), m.themeId(), m.title(), m.text(), m.origin(), m.created());
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
    public List<Memo> general() {
        return Sql.queryList(db.connection(), SELECT + "WHERE doc_id IS NULL AND theme_id IS NULL ORDER BY id", SqliteMemoStore::memo);
    }

    private static Memo memo(ResultSet rs) throws SQLException {
        long doc = rs.getLong(2);
        Long docId = rs.wasNull() ? null : doc;
        long theme = rs.getLong(3);
        Long themeId = rs.wasNull() ? null : theme;
        return new Memo(rs.getLong(1), docId, themeId, rs.getString(4), rs.getString(5), rs.getString(6), Instant.parse(rs.getString(7)));
    }
}
