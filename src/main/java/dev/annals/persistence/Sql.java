package dev.annals.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small helpers around JDBC that turn SQLExceptions into PersistenceExceptions, or into a plain
 * {@link dev.annals.logic.library.LibraryUnavailableException} when the library cannot be used (damaged, read-only, full).
 */
public final class Sql {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    public static <T> T wrap(Transactions.SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw SqliteFailures.translate(e);
        }
    }

    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
    }

    public static <T> List<T> queryList(Connection c, String sql, RowMapper<T> mapper, Object... params) {
        return wrap(() -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                List<T> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(mapper.map(rs));
                }
                return out;
            }
        });
    }

    public static <T> Optional<T> queryOne(Connection c, String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = queryList(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** One write, once the library's integrity check has passed (see {@link WriteGate}). */
    public static int update(Connection c, String sql, Object... params) {
        WriteGate.awaitWritable(c);
        return wrap(() -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                return ps.executeUpdate();
            }
        });
    }
}
