package dev.annals.persistence;

import dev.annals.logic.timeline.ConferenceStore;
import dev.annals.logic.timeline.StoredConference;
import dev.annals.logic.timeline.StoredConference.Link;
import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Conferences in SQLite (tables of V3__timeline.sql; whether they are grouped: V13__grouping_follows_document_changes.sql). */
public final class SqliteConferenceStore implements ConferenceStore {

    /** What Java's {@code strip()} takes off, for SQLite's trim: a title of only these is blank. */
    private static final String WHITESPACE = "char(9,10,11,12,13,28,29,30,31,32,5760,8192,8193,8194,8195,8196,8197,8198,8200,8201,"
            + "8202,8232,8233,8287,12288)";

    /**
     * Each conference's best-dated titled document, as V13's trigger finds it for one: the rank of a date written
     * "2021-06-21", "2021-06" or "2020" (as PartialDate.iso writes it) is day 0, month or none 1, year 2; with the id
     * in the low bits, min() picks the document and returns its title. The narrow index is read from end to end and
     * each document's link found by its key: no page of the documents' rows is read.
     */
    private static final String BEST_TITLES = "SELECT cd.conference_id AS conference_id, d.title AS title,"
            + " min((CASE length(d.date) WHEN 10 THEN 0 WHEN 4 THEN 2 ELSE 1 END << 40) + d.id)"
            + " FROM documents d INDEXED BY documents_narrow CROSS JOIN conference_documents cd ON cd.doc_id = d.id"
            + " WHERE trim(d.title, " + WHITESPACE + ") <> '' GROUP BY cd.conference_id";

    private final Database db;

    public SqliteConferenceStore(Database db) {
        this.db = db;
    }

    private Connection c() {
        return db.connection();
    }

    @Override
    public List<StoredConference> findAll() {
        Map<Long, List<Link>> links = new LinkedHashMap<>();
        Sql.queryList(c(), "SELECT conference_id, doc_id, by_user FROM conference_documents ORDER BY doc_id", rs -> {
            links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Link(rs.getLong(2), rs.getInt(3) != 0));
            return null;
        });
        return Sql.queryList(c(), "SELECT id, title, date, kind, edited FROM conferences ORDER BY id", rs -> new StoredConference(
                rs.getLong("id"), rs.getString("title"), PartialDate.parseIso(rs.getString("date")),
                ConferenceKind.fromId(rs.getString("kind")).orElse(ConferenceKind.OTHER), rs.getInt("edited") != 0,
                links.getOrDefault(rs.getLong("id"), List.of())));
    }

    @Override
    public List<StoredConference> replaceAll(List<StoredConference> conferences) {
        return replaceAll(conferences, Map.of());
    }

    @Override
    public List<StoredConference> replaceAll(List<StoredConference> conferences, Map<Long, Long> mergedInto) {
        return Sql.wrap(() -> db.transactions().call(() -> {
            List<StoredConference> before = findAll();
            try (Statement st = c().createStatement()) {
                st.executeUpdate("DELETE FROM conference_documents");
                st.executeUpdate("DELETE FROM conferences");
            }
            List<StoredConference> saved = new ArrayList<>();
            try (PreparedStatement conf = c().prepareStatement(
                    "INSERT INTO conferences(id, title, date, date_precision, kind, edited) VALUES (?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement link = c().prepareStatement(
                         "INSERT INTO conference_documents(doc_id, conference_id, by_user) VALUES (?,?,?)")) {
                for (StoredConference sc : conferences) {
                    if (sc.id() > 0) conf.setLong(1, sc.id());
                    else conf.setNull(1, Types.INTEGER);
                    conf.setString(2, sc.title());
                    conf.setString(3, sc.date().iso());
                    conf.setString(4, sc.date().precision().jsonName());
                    conf.setString(5, sc.kind().id());
                    conf.setInt(6, sc.edited() ? 1 : 0);
                    conf.executeUpdate();
                    long id;
                    try (ResultSet keys = conf.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    for (Link l : sc.links()) {
                        link.setLong(1, l.docId());
                        link.setLong(2, id);
                        link.setInt(3, l.byUser() ? 1 : 0);
                        link.executeUpdate();
                    }
                    saved.add(new StoredConference(id, sc.title(), sc.date(), sc.kind(), sc.edited(), sc.links()));
                }
            }
            ConferenceMemos.rehome(c(), before, saved, mergedInto);
            Sql.update(c(), "UPDATE conference_grouping SET grouped_version = NULL");
            return saved;
        }));
    }

    @Override
    public Map<Long, String> documentTitles() {
        Map<Long, String> titles = new java.util.HashMap<>();
        Sql.queryList(c(), "SELECT id, document_title FROM conferences WHERE document_title IS NOT NULL",
                rs -> titles.put(rs.getLong(1), rs.getString(2).strip()));
        return titles;
    }

    @Override
    public OptionalLong documentsVersion() {
        return OptionalLong.of(Sql.queryOne(c(), "SELECT documents_version FROM conference_grouping", rs -> rs.getLong(1)).orElse(0L));
    }

    @Override
    public boolean isGroupedAt(long version) {
        return Sql.queryOne(c(), "SELECT 1 FROM conference_grouping WHERE grouped_version = ?", rs -> true, version).isPresent();
    }

    /** With the grouping, the titles its conferences take from their documents (a new title of one document keeps them so). */
    @Override
    public void markGrouped(long version) {
        Sql.wrap(() -> db.transactions().call(() -> {
            Sql.update(c(), "UPDATE conferences SET document_title = NULL WHERE document_title IS NOT NULL");
            Sql.update(c(), "UPDATE conferences SET document_title = best.title FROM (" + BEST_TITLES + ") AS best"
                    + " WHERE conferences.id = best.conference_id");
            return Sql.update(c(), "UPDATE conference_grouping SET grouped_version = ?", version);
        }));
    }
}
