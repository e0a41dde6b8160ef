package dev.annals.logic.timeline;

import dev.annals.logic.library.NewDocument;
import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DateSource;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import dev.annals.model.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.annals.logic.timeline.ConferenceNamer.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a generated library of a few thousand documents (random dates of every precision or none, kinds or none,
 * titles missing, blank or padded, some annotations), the timeline read from the stored conferences and the
 * store's aggregates equals what grouping every document and computing from the full list gives, and still does
 * after titles, dates and kinds change and documents come and go.
 */
class TimelineAggregatesTest {

    private static final String[] BLANKS = {null, "", "   ", "\u3000\t", "\n"};

    @TempDir
    Path folder;
    SeedLibrary library;
    InMemoryAnnotations annotations;
    TimelineService timeline;
    final Random random = new Random(2071);
    final List<Theme> themes = new ArrayList<>();

    @BeforeEach
    void generate() {
        library = SeedLibrary.empty(folder);
        annotations = new InMemoryAnnotations();
        for (String name : List.of("An ninh", "Trật tự", "Xây dựng lực lượng")) themes.add(annotations.theme(name, "#336699"));
        timeline = new TimelineService(library.conferences, library.documents, annotations, annotations.themes());
        List<Long> ids = insert(3000);
        for (int i = 0; i < 120; i++) annotations.tag(ids.get(random.nextInt(ids.size())), themes.get(random.nextInt(themes.size())), 1 + random.nextInt(3));
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<Long> insert(int count) {
        List<NewDocument> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = "Bài số " + random.nextLong() + " " + i;
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            docs.add(new NewDocument(randomMetadata(i), text, dev.annals.logic.library.Hashing.sha256(text), text.length(), "g.txt", bytes, Instant.now()));
        }
        return library.documents.insertAll(docs);
    }

    private DocumentMetadata randomMetadata(int i) {
        String title = random.nextInt(8) == 0 ? BLANKS[random.nextInt(BLANKS.length)]
                : (random.nextBoolean() ? "  Hội nghị " + i + " " : "Hội nghị " + i);
        ConferenceKind kind = random.nextInt(6) == 0 ? null : ConferenceKind.values()[random.nextInt(ConferenceKind.values().length)];
        return new DocumentMetadata(title, randomDate(), "test", kind, List.of());
    }

    private PartialDate randomDate() {
        int year = 2015 + random.nextInt(8);
        return switch (random.nextInt(7)) {
            case 0 -> null;
            case 1 -> PartialDate.ofYear(year);
            case 2, 3 -> PartialDate.ofMonth(year, 1 + random.nextInt(12));
            default -> PartialDate.ofDay(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        };
    }

    @Test
    void theTimelineFromStoredConferencesEqualsTheOneComputedFromEveryDocument() {
        assertSameAsFromEveryDocument();
        assertSameAsFromEveryDocument(); // the second read takes the stored grouping
    }

    @Test
    void staysEqualAfterNewTitlesDatesKindsDeletesAndImports() {
        assertSameAsFromEveryDocument();
        List<DocumentSummary> all = library.documents.list();
        for (int i = 0; i < 60; i++) {
            DocumentSummary d = all.get(random.nextInt(all.size()));
            String title = random.nextInt(4) == 0 ? BLANKS[random.nextInt(BLANKS.length)] : "Tiêu đề mới " + i;
            library.documents.updateMetadata(d.id(), new DocumentMetadata(title, d.date(), d.source(), d.kind(), List.of()));
        }
        assertSameAsFromEveryDocument();

        for (int i = 0; i < 40; i++) library.documents.setDates(List.of(all.get(random.nextInt(all.size())).id()), randomDate(), DateSource.USER);
        assertSameAsFromEveryDocument();

        for (int i = 0; i < 40; i++) {
            DocumentSummary d = library.documents.list().get(random.nextInt(all.size() - 100));
            library.documents.updateMetadata(d.id(), new DocumentMetadata(d.title(), d.date(), d.source(), ConferenceKind.ONLINE, List.of()));
        }
        assertSameAsFromEveryDocument();

        for (int i = 0; i < 30; i++) library.documents.delete(all.get(random.nextInt(all.size())).id());
        insert(200);
        assertSameAsFromEveryDocument();
        assertSameAsFromEveryDocument();
    }

    @Test
    void keepsTheUsersEditsAsTheFullGroupingDoes() {
        List<Conference> now = library.conferences.conferences(ENGLISH);
        library.conferences.rename(now.get(now.size() - 1).id(), "Tên người dùng đặt");
        now = library.conferences.conferences(ENGLISH);
        Conference shared = now.stream().filter(c -> c.docIds().size() > 2).findFirst().orElseThrow();
        library.conferences.split(shared.id(), List.of(shared.docIds().get(0)));
        now = library.conferences.conferences(ENGLISH);
        library.conferences.merge(now.get(5).id(), List.of(now.get(6).id()));
        insert(50);

        assertSameAsFromEveryDocument();
        assertThat(timeline.load(ENGLISH).conferences()).anyMatch(c -> c.title().equals("Tên người dùng đặt"));
    }

    private void assertSameAsFromEveryDocument() {
        TimelineData read = timeline.load(ENGLISH);
        List<DocumentSummary> docs = library.documents.list();
        List<StoredConference> grouped = ConferenceGrouper.regroup(new dev.annals.persistence.SqliteConferenceStore(library.db).findAll(), docs);
        Map<Long, DocumentSummary> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));

        List<Conference> expected = grouped.stream()
                .map(c -> new Conference(c.id(), titleFromEveryDocument(c, byId), c.date(), c.kind(), c.docIds())).toList();
        assertThat(differences(read.conferences(), expected)).isEmpty();
        assertThat(read.conferences()).isEqualTo(expected);
        assertThat(read.undatedDocuments()).isEqualTo((int) docs.stream().filter(d -> d.date() == null).count());
        assertThat(read.themeCounts()).isEqualTo(themeCountsFromEveryAnnotation(read.conferences()));
        assertThat(read.themeCounts()).isNotEmpty();
    }

    /** Each conference that is not the same in both, as "read ≠ expected", to show what differs. */
    private static List<String> differences(List<Conference> read, List<Conference> expected) {
        Map<Long, Conference> wanted = new HashMap<>();
        expected.forEach(c -> wanted.put(c.id(), c));
        List<String> out = new ArrayList<>();
        for (Conference c : read) if (!c.equals(wanted.remove(c.id()))) out.add(c + " ≠ " + wanted.get(c.id()));
        wanted.values().forEach(c -> out.add("missing " + c));
        return out;
    }

    /** The title rule as it was computed from the full document list. */
    private static String titleFromEveryDocument(StoredConference c, Map<Long, DocumentSummary> docs) {
        if (c.title() != null) return c.title();
        return c.docIds().stream().map(docs::get)
                .filter(d -> d != null && d.title() != null && !d.title().isBlank())
                .min(Comparator.comparing((DocumentSummary d) -> d.date() == null ? -1 : -d.date().precision().ordinal())
                        .thenComparingLong(DocumentSummary::id))
                .map(d -> d.title().strip())
                .orElseGet(() -> ENGLISH.name(c.kind(), c.date()));
    }

    private Map<Long, Map<Long, Integer>> themeCountsFromEveryAnnotation(List<Conference> conferences) {
        Map<Long, Long> conferenceOfDoc = new HashMap<>();
        conferences.forEach(c -> c.docIds().forEach(d -> conferenceOfDoc.put(d, c.id())));
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        annotations.countsByDocumentAndTheme().forEach((docId, byTheme) -> {
            Long conference = conferenceOfDoc.get(docId);
            if (conference != null) byTheme.forEach((theme, n) -> counts.computeIfAbsent(conference, k -> new HashMap<>()).merge(theme, n, Integer::sum));
        });
        return counts;
    }
}
