package dev.annals.persistence;

import dev.annals.model.ConferenceKind;
import dev.annals.model.DatePrecision;
import dev.annals.model.DateSource;
import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;
import dev.annals.model.MetadataField;
import dev.annals.model.PartialDate;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Maps document rows to model values and back. */
final class DocumentRows {

    static final String SUMMARY_COLUMNS = "d.id, d.title, d.date, d.date_source, d.source, d.kind, d.chars, d.sha256";

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

    static DateSource dateSource(String id) {
        return id == null ? null : DateSource.fromId(id).orElse(null);
    }

    /** Fields are stored one per line as "key TAB value"; keys and values never hold a tab or a newline. */
    static List<MetadataField> fields(String joined) {
        List<MetadataField> fields = new ArrayList<>();
        if (joined == null || joined.isEmpty()) return fields;
        for (String line : joined.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) fields.add(new MetadataField(line.substring(0, tab), line.substring(tab + 1)));
        }
        return fields;
    }

    static String joinFields(List<MetadataField> fields) {
        StringBuilder out = new StringBuilder();
        for (MetadataField f : fields) {
            if (!out.isEmpty()) out.append('\n');
            out.append(oneLine(f.key())).append('\t').append(oneLine(f.value()));
        }
        return out.toString();
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    static DocumentSummary summary(ResultSet rs, int annotationCount) throws SQLException {
        return new DocumentSummary(rs.getLong("id"), rs.getString("title"), date(rs.getString("date")), rs.getString("source"),
                kind(rs.getString("kind")), rs.getInt("chars"), rs.getString("sha256"), annotationCount,
                dateSource(rs.getString("date_source")));
    }

    /** A summary read by position from the {@link #SUMMARY_COLUMNS} that start at column {@code first}. */
    static DocumentSummary summaryAt(ResultSet rs, int first) throws SQLException {
        return new DocumentSummary(rs.getLong(first), rs.getString(first + 1), date(rs.getString(first + 2)),
                rs.getString(first + 4), kind(rs.getString(first + 5)), rs.getInt(first + 6), rs.getString(first + 7), 0,
                dateSource(rs.getString(first + 3)));
    }

    static Document document(ResultSet rs) throws SQLException {
        DocumentMetadata metadata = new DocumentMetadata(rs.getString("title"), date(rs.getString("date")),
                rs.getString("source"), kind(rs.getString("kind")), people(rs.getString("people")),
                dateSource(rs.getString("date_source")), fields(rs.getString("fields")));
        return new Document(rs.getLong("id"), metadata, rs.getString("text"), rs.getString("sha256"), rs.getInt("chars"),
                rs.getString("original_name"), Instant.parse(rs.getString("imported_at")));
    }

    /** The metadata columns {@link #bindMetadata} binds, in its order. */
    static final String METADATA_COLUMNS = "title, date, date_precision, date_sort, source, kind, people, date_source, fields";
    static final int METADATA_COUNT = 9;

    /** Binds the {@link #METADATA_COLUMNS} starting at parameter {@code first}. */
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
        ps.setString(first + 7, m.date() == null || m.dateSource() == null ? null : m.dateSource().id());
        ps.setString(first + 8, joinFields(m.fields()));
    }

    private static int precisionRank(DatePrecision precision) {
        return precision.ordinal();
    }
}
