package dev.annals.logic.export;

import dev.annals.logic.annotate.AnnotationQuery;
import dev.annals.logic.annotate.AnnotationStore;
import dev.annals.logic.annotate.ThemeStore;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.LibrarySettings;
import dev.annals.logic.library.NewDocument;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.CodePoints;
import dev.annals.model.Document;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import dev.annals.model.TextAnchor;
import dev.annals.model.Theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A library held in memory, behind the same ports the SQLite stores implement, for logic tests. */
public final class InMemoryLibrary {

    final Map<Long, Document> docs = new LinkedHashMap<>();
    final Map<Long, Theme> themes = new LinkedHashMap<>();
    final Map<Long, Annotation> annotations = new LinkedHashMap<>();
    final Map<String, String> settingValues = new HashMap<>();
    private long nextId = 1;
    /** How often the whole document list was read: an export should not need it for its annotations. */
    int listReads;

    private static DocumentSummary summary(Document d) {
        return new DocumentSummary(d.id(), d.title(), d.date(), "test", null, d.chars(), d.sha256(), 0);
    }

    public long addDocument(String title, PartialDate date, String text) {
        long id = nextId++;
        docs.put(id, new Document(id, new DocumentMetadata(title, date, "test", null, List.of()), text,
                Hashing.sha256(text), CodePoints.length(text), title + ".txt", Instant.parse("2024-01-01T00:00:00Z")));
        return id;
    }

    public Theme addTheme(String name, String color, Long parent) {
        Theme t = new Theme(nextId++, name, color, parent, "", themes.size());
        themes.put(t.id(), t);
        return t;
    }

    /** Tags the code-point range [start, end) of a document. */
    public Annotation annotate(long docId, Theme theme, int start, int end, String note) {
        String text = docs.get(docId).text();
        String exact = CodePoints.substring(text, start, end);
        String prefix = CodePoints.substring(text, Math.max(0, start - 32), start);
        String suffix = CodePoints.substring(text, end, Math.min(CodePoints.length(text), end + 32));
        Instant when = Instant.parse("2024-03-01T10:15:30.250Z");
        return annotationStore.insert(new Annotation(0, docId, theme.id(), new TextAnchor(start, end, exact, prefix, suffix),
                note, AnchorStatus.ANCHORED, docs.get(docId).sha256(), when, when.plusSeconds(60)));
    }

    /** Tags the first occurrence of a quote. */
    public Annotation annotate(long docId, Theme theme, String quote, String note) {
        String text = docs.get(docId).text();
        int start = CodePoints.fromUtf16(text, text.indexOf(quote));
        return annotate(docId, theme, start, start + CodePoints.length(quote), note);
    }

    public final LibrarySettings settings = new LibrarySettings() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(settingValues.get(key));
        }

        @Override
        public void put(String key, String value) {
            settingValues.put(key, value);
        }
    };

    public final DocumentStore documentStore = new DocumentStore() {
        @Override
        public Optional<Long> findIdBySha256(String sha256) {
            return docs.values().stream().filter(d -> d.sha256().equals(sha256)).map(Document::id).findFirst();
        }

        @Override
        public java.util.Map<String, Long> findIdsByWordsKey(java.util.Collection<String> keys) {
            java.util.Map<String, Long> ids = new java.util.HashMap<>();
            for (Document d : docs.values()) {
                String key = dev.annals.logic.library.Hashing.wordsKey(d.text());
                if (keys.contains(key)) ids.putIfAbsent(key, d.id());
            }
            return ids;
        }

        @Override
        public List<Long> insertAll(List<NewDocument> documents) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DocumentSummary> list() {
            listReads++;
            return docs.values().stream().map(InMemoryLibrary::summary).toList();
        }

        @Override
        public Optional<Document> find(long id) {
            return Optional.ofNullable(docs.get(id));
        }

        @Override
        public void updateMetadata(long id, DocumentMetadata metadata) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void updateText(long id, String text, String sha256, int chars) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean delete(long id) {
            return docs.remove(id) != null;
        }

        @Override
        public int count() {
            return docs.size();
        }

        @Override
        public Optional<byte[]> originalBytes(long id) {
            return Optional.empty();
        }
    };

    public final ThemeStore themeStore = new ThemeStore() {
        @Override
        public List<Theme> findAll() {
            return themes.values().stream().sorted(Comparator.comparingInt(Theme::sortOrder).thenComparing(Theme::name)).toList();
        }

        @Override
        public Optional<Theme> findById(long id) {
            return Optional.ofNullable(themes.get(id));
        }

        @Override
        public Optional<Theme> findByName(String name) {
            return themes.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
        }

        @Override
        public Theme insert(Theme theme) {
            Theme stored = new Theme(nextId++, theme.name(), theme.color(), theme.parentId(), theme.description(), theme.sortOrder());
            themes.put(stored.id(), stored);
            return stored;
        }

        @Override
        public void restore(Theme theme) {
            themes.put(theme.id(), theme);
        }

        @Override
        public void update(Theme theme) {
            themes.put(theme.id(), theme);
        }

        @Override
        public void updateAll(List<Theme> list) {
            list.forEach(this::update);
        }

        @Override
        public void delete(long id) {
            themes.remove(id);
        }

        @Override
        public Map<Long, Integer> annotationCounts() {
            Map<Long, Integer> counts = new HashMap<>();
            annotations.values().forEach(a -> counts.merge(a.themeId(), 1, Integer::sum));
            return counts;
        }
    };

    public final AnnotationStore annotationStore = new AnnotationStore() {
        @Override
        public Annotation insert(Annotation a) {
            Annotation stored = new Annotation(nextId++, a.docId(), a.themeId(), a.anchor(), a.note(), a.status(),
                    a.textSha256(), a.created(), a.modified());
            annotations.put(stored.id(), stored);
            return stored;
        }

        @Override
        public void restoreAll(List<Annotation> list) {
            list.forEach(a -> annotations.put(a.id(), a));
        }

        @Override
        public void update(Annotation annotation) {
            annotations.put(annotation.id(), annotation);
        }

        @Override
        public void updateAll(List<Annotation> list) {
            list.forEach(this::update);
        }

        @Override
        public void updateNote(long id, String note, Instant modified) {
            Annotation a = annotations.get(id);
            annotations.put(id, new Annotation(id, a.docId(), a.themeId(), a.anchor(), note, a.status(), a.textSha256(), a.created(), modified));
        }

        @Override
        public List<Annotation> findByStatus(AnchorStatus status) {
            return annotations.values().stream().filter(a -> a.status() == status).toList();
        }

        @Override
        public void delete(long id) {
            annotations.remove(id);
        }

        @Override
        public Optional<Annotation> findById(long id) {
            return Optional.ofNullable(annotations.get(id));
        }

        @Override
        public List<Annotation> findByDocument(long docId) {
            return annotations.values().stream().filter(a -> a.docId() == docId)
                    .sorted(Comparator.comparingInt((Annotation a) -> a.anchor().start()).thenComparingInt(a -> a.anchor().end())).toList();
        }

        @Override
        public void forEach(AnnotationQuery q, Consumer<Annotation> sink) {
            List<Annotation> matching = new ArrayList<>();
            for (Annotation a : annotations.values()) {
                Document d = docs.get(a.docId());
                if (q.docId() != null && a.docId() != q.docId()) continue;
                if (!q.themeIds().isEmpty() && !q.themeIds().contains(a.themeId())) continue;
                if (!inRange(d.date(), q.from(), q.to())) continue;
                matching.add(a);
            }
            matching.sort(Comparator.comparing((Annotation a) -> sortDate(docs.get(a.docId()).date()))
                    .thenComparingLong(Annotation::docId).thenComparingInt(a -> a.anchor().start()));
            matching.forEach(sink);
        }

        @Override
        public void forEachWithDocument(AnnotationQuery q, java.util.function.BiConsumer<Annotation, DocumentSummary> sink) {
            forEach(q, a -> sink.accept(a, summary(docs.get(a.docId()))));
        }

        @Override
        public int count() {
            return annotations.size();
        }

        @Override
        public Map<Long, Integer> countsByDocument() {
            Map<Long, Integer> counts = new HashMap<>();
            annotations.values().forEach(a -> counts.merge(a.docId(), 1, Integer::sum));
            return counts;
        }
    };

    private static LocalDate sortDate(PartialDate date) {
        return date == null ? LocalDate.MAX : date.firstDay();
    }

    private static boolean inRange(PartialDate date, PartialDate from, PartialDate to) {
        if (from == null && to == null) return true;
        if (date == null) return false;
        if (from != null && !date.endExclusive().isAfter(from.firstDay())) return false;
        return to == null || date.firstDay().isBefore(to.endExclusive());
    }

    dev.annals.logic.annotate.ThemeService themeService() {
        return new dev.annals.logic.annotate.ThemeService(themeStore, annotationStore, new dev.annals.logic.annotate.UndoHistory(),
                changes);
    }

    public AnnotationImportService importer() {
        return new AnnotationImportService(documentStore, annotateServices());
    }

    public dev.annals.logic.annotate.AnnotateServices annotateServices() {
        return dev.annals.logic.annotate.AnnotateServices.create(themeStore, annotationStore, documentStore, settings, java.time.Clock.systemUTC(), changes);
    }

    /** The writes made through {@link #annotateServices()} and {@link #themeService()}. */
    public final dev.annals.logic.changes.LibraryChanges changes = new dev.annals.logic.changes.LibraryChanges();

    public ExportService exporter() {
        return new ExportService(annotationStore, themeStore, documentStore, settings, java.time.Clock.systemUTC());
    }
}
