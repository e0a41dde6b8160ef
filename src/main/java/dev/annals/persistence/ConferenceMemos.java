package dev.annals.persistence;

import dev.annals.logic.timeline.StoredConference;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the memos of conferences that a regrouping removed, in the same transaction (ADR 0046): a memo follows
 * its conference into the one it was merged into, else into a new conference of the same kind and date; failing
 * both it stays as a library memo that names the conference it was about. Writing is never dropped.
 */
final class ConferenceMemos {

    private record Orphan(long id, long conferenceId, String text, boolean written) {
    }

    private ConferenceMemos() {
    }

    static void rehome(Connection c, List<StoredConference> before, List<StoredConference> after, Map<Long, Long> mergedInto) {
        List<Orphan> orphans = Sql.queryList(c, "SELECT id, conference_id, text, origin = '' FROM memos WHERE conference_id IS NOT NULL "
                + "AND conference_id NOT IN (SELECT id FROM conferences) ORDER BY id",
                rs -> new Orphan(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4) != 0));
        for (Orphan orphan : orphans) {
            Optional<StoredConference> gone = before.stream().filter(x -> x.id() == orphan.conferenceId()).findFirst();
            Optional<Long> home = home(orphan.conferenceId(), gone, after, mergedInto);
            if (home.isPresent()) moveTo(c, orphan, home.get());
            else Sql.update(c, "UPDATE memos SET conference_id = NULL, former_conference = ? WHERE id = ?",
                    gone.map(ConferenceMemos::label).orElse("#" + orphan.conferenceId()), orphan.id());
        }
    }

    private static Optional<Long> home(long goneId, Optional<StoredConference> gone, List<StoredConference> after, Map<Long, Long> mergedInto) {
        Long target = mergedInto.get(goneId);
        if (target != null && after.stream().anyMatch(x -> x.id() == target)) return Optional.of(target);
        return gone.flatMap(g -> after.stream()
                .filter(x -> x.kind() == g.kind() && x.date().equals(g.date()))
                .map(StoredConference::id).findFirst());
    }

    /** Two memos written about one conference become one: the moved text goes after the one already there. */
    private static void moveTo(Connection c, Orphan orphan, long conferenceId) {
        Optional<Long> present = orphan.written() ? Sql.queryOne(c,
                "SELECT id FROM memos WHERE conference_id = ? AND origin = '' ORDER BY id LIMIT 1", rs -> rs.getLong(1), conferenceId)
                : Optional.empty();
        if (present.isPresent()) {
            Sql.update(c, "UPDATE memos SET text = text || ? || ?, updated = ? WHERE id = ?", "\n\n", orphan.text(),
                    java.time.Instant.now().toString(), present.get());
            Sql.update(c, "DELETE FROM memos WHERE id = ?", orphan.id());
        } else {
            Sql.update(c, "UPDATE memos SET conference_id = ? WHERE id = ?", conferenceId, orphan.id());
        }
    }

    private static String label(StoredConference gone) {
        String when = gone.date().iso();
        return gone.title() != null ? gone.title() + " (" + when + ")" : gone.kind().id() + " " + when;
    }
}
