package dev.annals.persistence;

import dev.annals.logic.library.Hashing;
import dev.annals.logic.text.Folding;
import org.sqlite.Function;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * SQL functions on every connection: {@code annals_fold(text)} is the folding the search index triggers apply, so
 * the index follows the documents table whatever code writes to it; {@code annals_words_key(text)} fills the
 * same-article key of documents stored before it existed (migration 9).
 */
final class SearchFunctions {

    static final String FOLD = "annals_fold";
    static final String WORDS_KEY = "annals_words_key";

    private SearchFunctions() {
    }

    static void register(Connection connection) throws SQLException {
        textFunction(connection, FOLD, Folding::fold);
        textFunction(connection, WORDS_KEY, Hashing::wordsKey);
    }

    private static void textFunction(Connection connection, String name, UnaryOperator<String> f) throws SQLException {
        Function.create(connection, name, new Function() {
            @Override
            protected void xFunc() throws SQLException {
                if (args() != 1) throw new SQLException(name + " takes one argument");
                String text = value_text(0);
                if (text == null) result();
                else result(f.apply(text));
            }
        }, 1, Function.FLAG_DETERMINISTIC);
    }
}
