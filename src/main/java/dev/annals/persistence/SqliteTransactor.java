package dev.annals.persistence;

import dev.annals.logic.library.Transactor;

import java.util.function.Supplier;

/** One SQLite transaction around work that writes through several stores; their own transactions join it. */
public final class SqliteTransactor implements Transactor {

    private final Database db;

    public SqliteTransactor(Database db) {
        this.db = db;
    }

    @Override
    public <T> T inOneTransaction(Supplier<T> work) {
        return Sql.wrap(() -> db.transactions().call(work::get));
    }
}
