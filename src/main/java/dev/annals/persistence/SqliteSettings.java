package dev.annals.persistence;

import dev.annals.logic.library.LibrarySettings;

import java.util.Optional;

/** Settings stored in the library's settings table. */
public final class SqliteSettings implements LibrarySettings {

    private final Database db;

    public SqliteSettings(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String key) {
        return Sql.queryOne(db.connection(), "SELECT value FROM settings WHERE key = ?", rs -> rs.getString(1), key);
    }

    @Override
    public void put(String key, String value) {
        Sql.update(db.connection(), "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", key, value);
    }
}
