package dev.annals.persistence;

import dev.annals.logic.text.Folding;
import org.sqlite.Function;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * SQL functions the search index needs on every connection: {@code annals_fold(text)} is the folding the
 * index triggers apply, so the index follows the documents table whatever code writes to it.
 */
final class SearchFunctions {

    static final String FOLD = "annals_fold";

    private SearchFunctions() {
    }

    static void register(Connection connection) throws SQLException {
        Function.create(connection, FOLD, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                if (args() != 1) throw new SQLException(FOLD + " takes one argument");
                String text = value_text(0);
                if (text == null) result();
                else result(Folding.fold(text));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
