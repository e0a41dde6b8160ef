package dev.annals.logic.analysis;

import dev.annals.logic.annotate.AnnotationQuery;
import dev.annals.logic.annotate.AnnotationService;
import dev.annals.logic.annotate.ThemeService;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.people.PeopleIndex;
import dev.annals.logic.people.Person;
import dev.annals.logic.timeline.ConferenceNamer;
import dev.annals.logic.timeline.ConferenceService;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Conference;
import dev.annals.model.Document;
import dev.annals.model.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 2–4 conferences side by side: their themes with count and share, the people named, and the tagged passages. */
public final class ConferenceComparison {

    public static final int MIN = 2;
    public static final int MAX = 4;

    /** {@code onlyHere}: no other compared conference has a passage of this theme. */
    public record ThemeShare(Theme theme, int count, double share, boolean onlyHere) {
    }

    public record Column(Conference conference, List<ThemeShare> themes, List<String> people, List<Passage> passages) {
    }

    private final ConferenceService conferences;
    private final AnnotationService annotations;
    private final ThemeService themes;
    private final DocumentService documents;

    public ConferenceComparison(ConferenceService conferences, AnnotationService annotations, ThemeService themes, DocumentService documents) {
        this.conferences = conferences;
        this.annotations = annotations;
        this.themes = themes;
        this.documents = documents;
    }

    /** The conference with this id, if there is one. */
    public Optional<Conference> find(long id, ConferenceNamer namer) {
        return conferences.conferences(namer).stream().filter(c -> c.id() == id).findFirst();
    }

    /** One column per conference, in the order given; each id must be a conference ({@link #find}). */
    public List<Column> compare(List<Long> ids, ConferenceNamer namer) {
        List<Conference> chosen = ids.stream().map(id -> find(id, namer).orElseThrow(() -> new IllegalArgumentException("no conference " + id))).toList();
        Map<Long, Theme> byId = new HashMap<>();
        themes.list().forEach(t -> byId.put(t.id(), t));
        List<Person> people = new PeopleIndex(documents, conferences).people(namer);
        List<Map<Long, List<Annotation>>> tagged = chosen.stream().map(this::passagesByTheme).toList();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Conference c = chosen.get(i);
            Map<Long, List<Annotation>> own = tagged.get(i);
            int total = own.values().stream().mapToInt(List::size).sum();
            List<ThemeShare> shares = new ArrayList<>();
            List<Passage> passages = new ArrayList<>();
            for (Theme t : themes.list()) {
                List<Annotation> list = own.getOrDefault(t.id(), List.of());
                if (list.isEmpty()) continue;
                boolean onlyHere = tagged.stream().filter(m -> m != own).noneMatch(m -> m.containsKey(t.id()));
                shares.add(new ThemeShare(t, list.size(), (double) list.size() / total, onlyHere));
                list.forEach(a -> passages.add(passage(a)));
            }
            List<String> named = people.stream().filter(p -> p.conferenceIds().contains(c.id())).map(Person::name).toList();
            columns.add(new Column(c, shares, named, passages));
        }
        return columns;
    }

    private Map<Long, List<Annotation>> passagesByTheme(Conference c) {
        Map<Long, List<Annotation>> out = new LinkedHashMap<>();
        for (long docId : c.docIds()) {
            annotations.forEach(AnnotationQuery.forDocument(docId), a -> {
                if (a.status() == AnchorStatus.ANCHORED) out.computeIfAbsent(a.themeId(), k -> new ArrayList<>()).add(a);
            });
        }
        return out;
    }

    private Passage passage(Annotation a) {
        String title = documents.find(a.docId()).map(Document::title).orElse(null);
        return new Passage(a.id(), a.themeId(), a.docId(), title, a.anchor().start(), a.anchor().end(), a.anchor().exact());
    }
}
