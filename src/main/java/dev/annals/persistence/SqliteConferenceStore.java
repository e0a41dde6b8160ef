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

/** Conferences in SQLite (tables of V3__timeline.sql). */
public final class SqliteConferenceStore implements ConferenceStore {

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
            return saved;
        }));
    }
}
