package dev.annals.persistence;

import dev.annals.logic.people.PersonEdit;
import dev.annals.logic.people.PersonEditStore;

import java.util.List;
import java.util.Locale;

/** The people edits in the people_edits table; one edit of a kind per subject. */
public final class SqlitePersonEdits implements PersonEditStore {

    private final Database db;

    public SqlitePersonEdits(Database db) {
        this.db = db;
    }

    @Override
    public List<PersonEdit> all() {
        return Sql.queryList(db.connection(), "SELECT kind, subject, target FROM people_edits ORDER BY rowid",
                rs -> new PersonEdit(PersonEdit.Kind.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getString(2), rs.getString(3)));
    }

    @Override
    public void replace(List<PersonEdit> remove, List<PersonEdit> add) {
        Sql.wrap(() -> db.transactions().call(() -> {
            for (PersonEdit e : remove) {
                Sql.update(db.connection(), "DELETE FROM people_edits WHERE kind = ? AND subject = ?", kind(e), e.subject());
            }
            for (PersonEdit e : add) {
                Sql.update(db.connection(), "INSERT OR REPLACE INTO people_edits(kind, subject, target) VALUES (?, ?, ?)", kind(e), e.subject(), e.target());
            }
            return null;
        }));
    }

    private static String kind(PersonEdit e) {
        return e.kind().name().toLowerCase(Locale.ROOT);
    }
}
