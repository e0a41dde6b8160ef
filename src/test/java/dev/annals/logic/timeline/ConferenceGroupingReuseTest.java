package dev.annals.logic.timeline;

import dev.annals.logic.library.ArticleParser;
import dev.annals.logic.library.DocumentDate;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.ForwardingDocuments;
import dev.annals.logic.library.ImportProgress;
import dev.annals.logic.library.ImportService;
import dev.annals.logic.library.ImportSource;
import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DateSource;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import dev.annals.persistence.SqliteConferenceStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static dev.annals.logic.timeline.ConferenceNamer.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conferences are grouped from the documents once, then read as stored until a document is added, removed,
 * re-dated or given another kind, or the user edits the conferences; the documents are counted as read here.
 */
class ConferenceGroupingReuseTest {

    @TempDir
    Path folder;
    SeedLibrary library;
    CountingDocuments documents;
    ConferenceService conferences;

    @BeforeEach
    void open() {
        library = SeedLibrary.withSeeds(folder);
        documents = new CountingDocuments(library.documents);
        conferences = new ConferenceService(new SqliteConferenceStore(library.db), documents, library.changes);
    }

    @AfterEach
    void close() {
        library.close();
    }

    /** Reads the conferences and tells how many times that read every document. */
    private int listsWhileReading() {
        int before = documents.lists;
        conferences.conferences(ENGLISH);
        return documents.lists - before;
    }

    private Conference conferenceOf(long docId) {
        return conferences.conferences(ENGLISH).stream().filter(c -> c.docIds().contains(docId)).findFirst().orElseThrow();
    }

    @Test
    void readsTheStoredConferencesWhileNoDocumentChanged() {
        List<Conference> first = conferences.conferences(ENGLISH);

        assertThat(listsWhileReading()).isZero();
        assertThat(listsWhileReading()).isZero();
        assertThat(conferences.conferences(ENGLISH)).isEqualTo(first);
    }

    @Test
    void groupsAgainAfterAnImport() {
        conferences.conferences(ENGLISH);
        byte[] text = "Hội nghị Công an toàn quốc lần thứ 78, ngày 20/12/2022. Nội dung.".getBytes(StandardCharsets.UTF_8);
        new ImportService(library.documents, new ArticleParser(), Clock.systemUTC(), library.changes)
                .importSources(List.of(new ImportSource("new.txt", "new.txt", text.length, () -> text)), ImportProgress.NONE);

        assertThat(listsWhileReading()).isEqualTo(1);
        assertThat(conferences.conferences(ENGLISH)).hasSize(6);
        assertThat(listsWhileReading()).isZero();
    }

    @Test
    void groupsAgainAfterADateChangeAndAfterItIsUndone() {
        long doc = library.idOf("004_a247764e4e55ebab.txt");
        conferences.conferences(ENGLISH);

        List<DocumentDate> before = library.documents.setDates(List.of(doc), PartialDate.ofDay(2023, 3, 3), DateSource.USER);
        assertThat(listsWhileReading()).isEqualTo(1);
        assertThat(conferenceOf(doc).date()).isEqualTo(PartialDate.ofDay(2023, 3, 3));

        library.documents.restoreDates(before);
        assertThat(listsWhileReading()).isEqualTo(1);
        assertThat(conferenceOf(doc).date()).isEqualTo(PartialDate.ofDay(2021, 8, 17));
    }

    @Test
    void groupsAgainAfterAKindChangeButNotAfterANewTitle() {
        long doc = library.idOf("004_a247764e4e55ebab.txt");
        conferences.conferences(ENGLISH);
        DocumentMetadata was = library.documents.find(doc).orElseThrow().metadata();

        library.documents.updateMetadata(doc, new DocumentMetadata("Tên mới", was.date(), was.source(), was.kind(), was.people()));
        assertThat(listsWhileReading()).isZero();
        assertThat(conferenceOf(doc).title()).isEqualTo("Tên mới");

        library.documents.updateMetadata(doc, new DocumentMetadata("Tên mới", was.date(), was.source(), ConferenceKind.THEMATIC_REVIEW, was.people()));
        assertThat(listsWhileReading()).isEqualTo(1);
        assertThat(conferenceOf(doc).kind()).isEqualTo(ConferenceKind.THEMATIC_REVIEW);
    }

    @Test
    void groupsAgainAfterADelete() {
        long doc = library.idOf("004_a247764e4e55ebab.txt");
        conferences.conferences(ENGLISH);

        library.documents.delete(doc);

        assertThat(listsWhileReading()).isEqualTo(1);
        assertThat(conferences.conferences(ENGLISH)).hasSize(4).noneMatch(c -> c.docIds().contains(doc));
        assertThat(listsWhileReading()).isZero();
    }

    @Test
    void groupsAgainOnceAfterTheUserMergesAndKeepsTheMerge() {
        List<Conference> all = conferences.conferences(ENGLISH);
        conferences.merge(all.get(1).id(), List.of(all.get(2).id()));

        assertThat(listsWhileReading()).isEqualTo(1);
        assertThat(listsWhileReading()).isZero();
        assertThat(conferences.conferences(ENGLISH)).hasSize(4)
                .anySatisfy(c -> assertThat(c.docIds()).containsAll(all.get(1).docIds()).containsAll(all.get(2).docIds()));
    }

    @Test
    void aDocumentAddedBehindTheServiceIsGroupedAtTheNextRead() {
        conferences.conferences(ENGLISH);

        long added = library.add("Bế mạc", SeedLibrary.meta("Bế mạc", PartialDate.ofMonth(2021, 12), ConferenceKind.ANNUAL_NATIONAL));

        assertThat(conferenceOf(added).title()).isEqualTo("Hội nghị Công an toàn quốc lần thứ 77");
        assertThat(conferenceOf(added).docIds()).hasSize(2);
    }

    /** The library's documents, counting the reads of all of them. */
    static final class CountingDocuments extends ForwardingDocuments {
        int lists;

        CountingDocuments(DocumentStore store) {
            super(store);
        }

        @Override public List<DocumentSummary> list() {
            lists++;
            return real.list();
        }
    }
}
