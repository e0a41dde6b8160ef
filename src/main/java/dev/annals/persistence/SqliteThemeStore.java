package dev.annals.persistence;

import dev.annals.logic.annotate.ThemeStore;
import dev.annals.model.Theme;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The codebook in SQLite; every write commits before it returns. */
public final class SqliteThemeStore implements ThemeStore {

    private static final String COLUMNS = "id, name, color, parent_id, description, sort_order";

    private final Database db;

    public SqliteThemeStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Theme> findAll() {
        return Sql.queryList(db.connection(), "SELECT " + COLUMNS + " FROM themes ORDER BY sort_order, name, id", SqliteThemeStore::theme);
    }

    @Override
    public Optional<Theme> findById(long id) {
        return Sql.queryOne(db.connection(), "SELECT " + COLUMNS + " FROM themes WHERE id = ?", SqliteThemeStore::theme, id);
    }

    @Override
    public Optional<Theme> findByName(String name) {
        return Sql.queryOne(db.connection(), "SELECT " + COLUMNS + " FROM themes WHERE name = ? COLLATE NOCASE", SqliteThemeStore::theme, name);
    }

    @Override
    public Theme insert(Theme t) {
        return Sql.wrap(() -> db.transactions().call(() -> {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "INSERT INTO themes(name, color, parent_id, description, sort_order) VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                Sql.bind(ps, t.name(), t.color(), t.parentId(), t.description(), t.sortOrder());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Theme(keys.getLong(1), t.name(), t.color(), t.parentId(), t.description(), t.sortOrder());
                }
            }
        }));
    }

    @Override
    public void restore(Theme t) {
        Sql.update(db.connection(), "INSERT INTO themes(" + COLUMNS + ") VALUES (?,?,?,?,?,?)",
                t.id(), t.name(), t.color(), t.parentId(), t.description(), t.sortOrder());
    }

    @Override
    public void update(Theme t) {
        updateAll(List.of(t));
    }

    @Override
    public void updateAll(List<Theme> themes) {
        Sql.wrap(() -> db.transactions().call(() -> {
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "UPDATE themes SET name = ?, color = ?, parent_id = ?, description = ?, sort_order = ? WHERE id = ?")) {
                for (Theme t : themes) {
                    Sql.bind(ps, t.name(), t.color(), t.parentId(), t.description(), t.sortOrder(), t.id());
                    ps.executeUpdate();
                }
            }
            return null;
        }));
    }

    @Override
    public void delete(long id) {
        Sql.update(db.connection(), "DELETE FROM themes WHERE id = ?", id);
    }

    @Override
    public Map<Long, Integer> annotationCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        Sql.queryList(db.connection(), "SELECT theme_id, count(*) FROM annotations GROUP BY theme_id",
                rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    private static Theme theme(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Theme(rs.getLong("id"), rs.getString("name"), rs.getString("color"), parentId,
                rs.getString("description"), rs.getInt("sort_order"));
    }
}
