package dev.annals.persistence;

import dev.annals.model.ConferenceKind;
import dev.annals.model.DatePrecision;
import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Maps document rows to model values and back. */
final class DocumentRows {

    static final String SUMMARY_COLUMNS = "d.id, d.title, d.date, d.source, d.kind, d.chars, d.sha256";

    private DocumentRows() {
    }

    static PartialDate date(String iso) {
        return PartialDate.tryParseIso(iso).orElse(null);
    }

    static ConferenceKind kind(String id) {
        return ConferenceKind.fromId(id).orElse(null);
    }

    static List<String> people(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    static DocumentSummary summary(ResultSet rs, int annotationCount) throws SQLException {
        return new DocumentSummary(rs.getLong("id"), rs.getString("title"), date(rs.getString("date")), rs.getString("source"),
                kind(rs.getString("kind")), rs.getInt("chars"), rs.getString("sha256"), annotationCount);
    }

    static Document document(ResultSet rs) throws SQLException {
        DocumentMetadata metadata = new DocumentMetadata(rs.getString("title"), date(rs.getString("date")),
                rs.getString("source"), kind(rs.getString("kind")), people(rs.getString("people")));
        return new Document(rs.getLong("id"), metadata, rs.getString("text"), rs.getString("sha256"), rs.getInt("chars"),
                rs.getString("original_name"), Instant.parse(rs.getString("imported_at")));
    }

    /** Binds title, date, date_precision, date_sort, source, kind, people starting at parameter {@code first}. */
    static void bindMetadata(PreparedStatement ps, int first, DocumentMetadata m) throws SQLException {
        ps.setString(first, m.title());
        PartialDate date = m.date();
        if (date == null) {
            ps.setNull(first + 1, Types.VARCHAR);
            ps.setNull(first + 2, Types.VARCHAR);
            ps.setNull(first + 3, Types.VARCHAR);
        } else {
            ps.setString(first + 1, date.iso());
            ps.setString(first + 2, date.precision().jsonName());
            ps.setString(first + 3, date.firstDay() + "/" + precisionRank(date.precision()));
        }
        ps.setString(first + 4, m.source());
        ps.setString(first + 5, m.kind() == null ? null : m.kind().id());
        ps.setString(first + 6, String.join("\n", m.people()));
    }

    private static int precisionRank(DatePrecision precision) {
        return precision.ordinal();
    }
}
