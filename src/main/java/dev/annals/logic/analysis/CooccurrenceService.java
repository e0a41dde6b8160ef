package dev.annals.logic.analysis;

import dev.annals.logic.annotate.AnnotationQuery;
import dev.annals.logic.annotate.AnnotationService;
import dev.annals.logic.annotate.ThemeService;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.timeline.ConferenceService;
import dev.annals.logic.timeline.StoredConference;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.DocumentSummary;
import dev.annals.model.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which themes occur together: in overlapping passages, in one paragraph, or in one document, over the anchored
 * passages of the documents the filter keeps (orphans have no place to share).
 */
public final class CooccurrenceService {

    private final AnnotationService annotations;
    private final ThemeService themes;
    private final DocumentService documents;
    private final ConferenceService conferences;

    public CooccurrenceService(AnnotationService annotations, ThemeService themes, DocumentService documents, ConferenceService conferences) {
        this.annotations = annotations;
        this.themes = themes;
        this.documents = documents;
        this.conferences = conferences;
    }

    /** The conferences, for the conference filter. */
    public List<dev.annals.model.Conference> conferences(dev.annals.logic.timeline.ConferenceNamer namer) {
        return conferences.conferences(namer);
    }

    public CooccurrenceMatrix matrix(CooccurrenceUnit unit, CooccurrenceFilter filter) {
        Scope scope = scope(filter);
        List<Theme> listed = themes.list().stream().filter(t -> scope.themeIds.contains(t.id())).toList();
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < listed.size(); i++) index.put(listed.get(i).id(), i);
        int[][] counts = new int[listed.size()][listed.size()];
        if (unit == CooccurrenceUnit.OVERLAP) {
            scope.byDocument.values().forEach(list -> list.forEach(a -> counts[index.get(a.themeId())][index.get(a.themeId())]++));
        }
        visit(unit, scope, new Visitor() {
            @Override
            public void group(List<Annotation> group) {
                Set<Integer> present = new LinkedHashSet<>();
                group.forEach(a -> present.add(index.get(a.themeId())));
                for (int i : present) for (int j : present) counts[i][j]++;
            }

            @Override
            public void pair(Annotation a, Annotation b) {
                counts[index.get(a.themeId())][index.get(b.themeId())]++;
                counts[index.get(b.themeId())][index.get(a.themeId())]++;
            }
        });
        return new CooccurrenceMatrix(unit, filter, listed, counts);
    }

    /** The passages of {@code first} and of {@code second} that occur together by {@code unit}, each once, in text order. */
    public CooccurringPassages passages(CooccurrenceUnit unit, CooccurrenceFilter filter, long first, long second) {
        Scope scope = scope(filter);
        Set<Annotation> ofFirst = new LinkedHashSet<>();
        Set<Annotation> ofSecond = new LinkedHashSet<>();
        visit(unit, scope, new Visitor() {
            @Override
            public void group(List<Annotation> group) {
                boolean hasFirst = group.stream().anyMatch(a -> a.themeId() == first);
                boolean hasSecond = group.stream().anyMatch(a -> a.themeId() == second);
                if (!hasFirst || !hasSecond) return;
                group.stream().filter(a -> a.themeId() == first).forEach(ofFirst::add);
                group.stream().filter(a -> a.themeId() == second).forEach(ofSecond::add);
            }

            @Override
            public void pair(Annotation a, Annotation b) {
                if (a.themeId() == second && b.themeId() == first) {
                    pair(b, a);
                } else if (a.themeId() == first && b.themeId() == second) {
                    ofFirst.add(a);
                    ofSecond.add(b);
                }
            }
        });
        return new CooccurringPassages(themes.require(first), themes.require(second), passages(ofFirst, scope), passages(ofSecond, scope));
    }

    private static List<Passage> passages(Set<Annotation> found, Scope scope) {
        return found.stream().map(a -> new Passage(a.id(), a.themeId(), a.docId(), scope.documents.get(a.docId()).title(),
                a.anchor().start(), a.anchor().end(), a.anchor().exact())).toList();
    }

    private interface Visitor {
        void group(List<Annotation> group);

        void pair(Annotation a, Annotation b);
    }

    private void visit(CooccurrenceUnit unit, Scope scope, Visitor visitor) {
        for (var entry : scope.byDocument.entrySet()) {
            List<Annotation> list = entry.getValue();
            switch (unit) {
                case DOCUMENT -> visitor.group(list);
                case PARAGRAPH -> Paragraphs.groups(documents.find(entry.getKey()).map(d -> d.text()).orElse(""), list).forEach(visitor::group);
                case OVERLAP -> overlappingPairs(list, visitor);
            }
        }
    }

    /** Pairs of passages of different themes whose ranges overlap; {@code list} is in start order. */
    private static void overlappingPairs(List<Annotation> list, Visitor visitor) {
        for (int i = 0; i < list.size(); i++) {
            Annotation a = list.get(i);
            for (int j = i + 1; j < list.size() && list.get(j).anchor().start() < a.anchor().end(); j++) {
                Annotation b = list.get(j);
                if (b.themeId() != a.themeId() && b.anchor().span().overlaps(a.anchor().span())) visitor.pair(a, b);
            }
        }
    }

    private record Scope(Map<Long, DocumentSummary> documents, Map<Long, List<Annotation>> byDocument, Set<Long> themeIds) {
    }

    private Scope scope(CooccurrenceFilter filter) {
        Set<Long> inConference = filter.conferenceId() == null ? null : conferences.refresh().stream()
                .filter(c -> c.id() == filter.conferenceId()).findFirst().map(StoredConference::docIds).map(HashSet::new).orElseGet(HashSet::new);
        Map<Long, DocumentSummary> kept = new HashMap<>();
        for (DocumentSummary d : documents.list()) {
            if (filter.year() != null && (d.date() == null || d.date().year() != filter.year())) continue;
            if (filter.kind() != null && d.kind() != filter.kind()) continue;
            if (inConference != null && !inConference.contains(d.id())) continue;
            kept.put(d.id(), d);
        }
        Map<Long, List<Annotation>> byDocument = new LinkedHashMap<>();
        Set<Long> themeIds = new HashSet<>();
        annotations.forEach(AnnotationQuery.ALL, a -> {
            if (a.status() != AnchorStatus.ANCHORED || !kept.containsKey(a.docId())) return;
            byDocument.computeIfAbsent(a.docId(), id -> new ArrayList<>()).add(a);
            themeIds.add(a.themeId());
        });
        byDocument.values().forEach(list -> list.sort(java.util.Comparator.comparingInt((Annotation a) -> a.anchor().start())
                .thenComparingInt(a -> a.anchor().end())));
        return new Scope(kept, byDocument, themeIds);
    }
}
