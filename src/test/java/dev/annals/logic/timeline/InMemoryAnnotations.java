package dev.annals.logic.timeline;

import dev.annals.logic.annotate.AnnotationQuery;
import dev.annals.logic.annotate.AnnotationStore;
import dev.annals.logic.annotate.ThemeStore;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.TextAnchor;
import dev.annals.model.Theme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A codebook and annotations kept in memory, for tests of views that only read them. */
public final class InMemoryAnnotations implements AnnotationStore {

    private final List<Theme> themes = new ArrayList<>();
    private final List<Annotation> annotations = new ArrayList<>();

    public Theme theme(String name, String color) {
        Theme t = new Theme(themes.size() + 1, name, color, null, "", themes.size());
        themes.add(t);
        return t;
    }

    /** Tags {@code times} passages of a document with a theme. */
    public void tag(long docId, Theme theme, int times) {
        for (int i = 0; i < times; i++) {
            insert(new Annotation(0, docId, theme.id(), new TextAnchor(i, i + 1, "x", "", ""), "", AnchorStatus.ANCHORED, "sha", Instant.EPOCH, Instant.EPOCH));
        }
    }

    @Override public Annotation insert(Annotation a) {
        Annotation stored = new Annotation(annotations.size() + 1, a.docId(), a.themeId(), a.anchor(), a.note(), a.status(), a.textSha256(), a.created(), a.modified());
        annotations.add(stored);
        return stored;
    }
    @Override public void update(Annotation annotation) { throw new UnsupportedOperationException("read-only in tests"); }
    @Override public void delete(long id) { annotations.removeIf(a -> a.id() == id); }
    @Override public Optional<Annotation> findById(long id) { return annotations.stream().filter(a -> a.id() == id).findFirst(); }
    @Override public List<Annotation> findByDocument(long docId) { return annotations.stream().filter(a -> a.docId() == docId).toList(); }
    @Override public void forEach(AnnotationQuery query, Consumer<Annotation> sink) {
        annotations.stream()
                .filter(a -> query.docId() == null || a.docId() == query.docId())
                .filter(a -> query.themeIds().isEmpty() || query.themeIds().contains(a.themeId()))
                .forEach(sink);
    }
    @Override public void restoreAll(List<Annotation> restored) { annotations.addAll(restored); }
    @Override public void updateAll(List<Annotation> changed) { throw new UnsupportedOperationException("read-only in tests"); }
    @Override public void updateNote(long id, String note, Instant modified) { throw new UnsupportedOperationException("read-only in tests"); }
    @Override public List<Annotation> findByStatus(AnchorStatus status) { return annotations.stream().filter(a -> a.status() == status).toList(); }
    @Override public int count() { return annotations.size(); }
    @Override public Map<Long, Integer> countsByDocument() {
        Map<Long, Integer> counts = new HashMap<>();
        annotations.forEach(a -> counts.merge(a.docId(), 1, Integer::sum));
        return counts;
    }

    public ThemeStore themes() {
        return codebook;
    }

    private final ThemeStore codebook = new ThemeStore() {
        @Override public List<Theme> findAll() { return List.copyOf(themes); }
        @Override public Optional<Theme> findById(long id) { return themes.stream().filter(t -> t.id() == id).findFirst(); }
        @Override public Optional<Theme> findByName(String name) { return themes.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst(); }
        @Override public Theme insert(Theme theme) { return theme(theme.name(), theme.color()); }
        @Override public void update(Theme theme) { throw new UnsupportedOperationException("read-only in tests"); }
        @Override public void restore(Theme theme) { themes.add(theme); }
        @Override public void updateAll(List<Theme> changed) { throw new UnsupportedOperationException("read-only in tests"); }
        @Override public Map<Long, Integer> annotationCounts() {
            Map<Long, Integer> counts = new HashMap<>();
            annotations.forEach(a -> counts.merge(a.themeId(), 1, Integer::sum));
            return counts;
        }
        @Override public void delete(long id) { themes.removeIf(t -> t.id() == id); }
    };
}
