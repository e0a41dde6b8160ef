package dev.annals.persistence;

import dev.annals.logic.annotate.ExampleMarks;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** The example marks in the example_annotations table; the foreign key drops a mark with its annotation. */
public final class SqliteExampleMarks implements ExampleMarks {

    private final Database db;

    public SqliteExampleMarks(Database db) {
        this.db = db;
    }

    @Override
    public void mark(Collection<Long> annotationIds) {
        Sql.wrap(() -> db.transactions().call(() -> {
            for (long id : annotationIds) Sql.update(db.connection(), "INSERT OR IGNORE INTO example_annotations(annotation_id) VALUES (?)", id);
            return null;
        }));
    }

    @Override
    public Set<Long> ids() {
        return new LinkedHashSet<>(Sql.queryList(db.connection(), "SELECT annotation_id FROM example_annotations ORDER BY annotation_id", rs -> rs.getLong(1)));
    }
}
