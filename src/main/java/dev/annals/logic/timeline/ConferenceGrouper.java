package dev.annals.logic.timeline;

import dev.annals.logic.timeline.StoredConference.Link;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups documents into conferences: same kind and overlapping dates (see ADR 0700). Conferences the user
 * edited are kept as they are and documents the user linked stay where they were put; only the other dated
 * documents are grouped again. Derived conferences keep their id when they keep some of their documents.
 */
final class ConferenceGrouper {

    private static final Comparator<DocumentSummary> FINEST_FIRST = Comparator
            .comparing((DocumentSummary d) -> -d.date().precision().ordinal())
            .thenComparing(d -> d.date().firstDay())
            .thenComparingLong(DocumentSummary::id);

    static final Comparator<StoredConference> OLDEST_FIRST = Comparator.comparing(StoredConference::date)
            .thenComparingLong(StoredConference::id);

    private ConferenceGrouper() {
    }

    private static final class Group {
        final StoredConference base;
        final PartialDate date;
        final ConferenceKind kind;
        final List<Link> links = new ArrayList<>();

        Group(StoredConference base, PartialDate date, ConferenceKind kind) {
            this.base = base;
            this.date = date;
            this.kind = kind;
        }
    }

    static List<StoredConference> regroup(List<StoredConference> stored, List<DocumentSummary> documents) {
        Set<Long> existing = new HashSet<>();
        documents.forEach(d -> existing.add(d.id()));
        Set<Long> linkedByUser = new HashSet<>();
        List<Group> groups = new ArrayList<>();
        Map<ConferenceKind, DayIndex<Group>> index = new EnumMap<>(ConferenceKind.class);
        for (StoredConference c : stored) {
            if (!c.edited()) continue;
            Group anchor = new Group(c, c.date(), c.kind());
            for (Link link : c.links()) {
                if (link.byUser() && existing.contains(link.docId()) && linkedByUser.add(link.docId())) anchor.links.add(link);
            }
            add(anchor, groups, index);
        }
        List<DocumentSummary> free = documents.stream()
                .filter(d -> d.date() != null && !linkedByUser.contains(d.id()))
                .sorted(FINEST_FIRST).toList();
        for (DocumentSummary doc : free) place(doc, groups, index);
        return assignIds(groups, stored);
    }

    static ConferenceKind kindOf(DocumentSummary doc) {
        return doc.kind() == null ? ConferenceKind.OTHER : doc.kind();
    }

    /** Joins the one group it fits; a date that fits several joins the one with the very same date, else starts its own. */
    private static void place(DocumentSummary doc, List<Group> groups, Map<ConferenceKind, DayIndex<Group>> index) {
        ConferenceKind kind = kindOf(doc);
        DayIndex<Group> sameKind = index.get(kind);
        List<Group> candidates = sameKind == null ? List.of()
                : sameKind.overlapping(doc.date().firstDay().toEpochDay(), doc.date().endExclusive().toEpochDay());
        Group target = candidates.size() == 1 ? candidates.get(0)
                : candidates.stream().filter(g -> g.date.equals(doc.date())).findFirst().orElse(null);
        if (target == null) {
            target = new Group(null, doc.date(), kind);
            add(target, groups, index);
        }
        target.links.add(new Link(doc.id(), false));
    }

    private static void add(Group group, List<Group> groups, Map<ConferenceKind, DayIndex<Group>> index) {
        groups.add(group);
        if (group.kind == null || group.date == null) return; // no document can join it
        index.computeIfAbsent(group.kind, k -> new DayIndex<>())
                .add(group, group.date.firstDay().toEpochDay(), group.date.endExclusive().toEpochDay());
    }

    private static List<StoredConference> assignIds(List<Group> groups, List<StoredConference> stored) {
        Map<Long, Long> derivedIdByDoc = new HashMap<>();
        for (StoredConference c : stored) {
            if (!c.edited()) c.links().forEach(l -> derivedIdByDoc.put(l.docId(), c.id()));
        }
        Set<Long> taken = new HashSet<>();
        List<StoredConference> out = new ArrayList<>();
        for (Group g : groups) {
            if (g.links.isEmpty()) continue;
            if (g.base != null) {
                out.add(g.base.withLinks(g.links));
                continue;
            }
            long id = reusableId(g, derivedIdByDoc, taken);
            out.add(new StoredConference(id, null, g.date, g.kind, false, g.links));
        }
        out.sort(OLDEST_FIRST);
        return out;
    }

    /** The id of the old derived conference that shares most documents with this group, if not given away already. */
    private static long reusableId(Group g, Map<Long, Long> derivedIdByDoc, Set<Long> taken) {
        Map<Long, Integer> shared = new HashMap<>();
        for (Link link : g.links) {
            Long old = derivedIdByDoc.get(link.docId());
            if (old != null && !taken.contains(old)) shared.merge(old, 1, Integer::sum);
        }
        return shared.entrySet().stream()
                .max(Map.Entry.<Long, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(e -> {
                    taken.add(e.getKey());
                    return e.getKey();
                })
                .orElse(0L);
    }
}
