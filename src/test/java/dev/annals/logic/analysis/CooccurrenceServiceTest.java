package dev.annals.logic.analysis;

import dev.annals.logic.library.DocumentService;
import dev.annals.logic.timeline.ConferenceService;
import dev.annals.model.Span;
import dev.annals.persistence.SqliteConferenceStore;
import dev.annals.testing.AnnotateLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CooccurrenceServiceTest {

    // paragraph 0: [0, 31)   paragraph 1: [32, 62)
    static final String FIRST = "Công an xã giữ an ninh nông thôn\nChuyển đổi số và an ninh mạng 😀.";

    @TempDir
    Path folder;
    AnnotateLibrary lib;
    CooccurrenceService service;
    ConferenceService conferences;
    long first;
    long second;
    long security;
    long commune;
    long digital;

    @BeforeEach
    void open() {
        lib = new AnnotateLibrary(folder);
        conferences = new ConferenceService(new SqliteConferenceStore(lib.db), lib.documents, lib.changes);
        service = new CooccurrenceService(lib.services.annotations(), lib.services.themes(), new DocumentService(lib.documents, lib.changes), conferences);
        first = lib.addDocument("Sơ kết", "2020-06", FIRST);
        second = lib.addDocument("Tổng kết", "2021-12", "An ninh trật tự và Công an xã chính quy.");
        var themes = lib.services.themes();
        security = themes.create("an ninh", null, null, null).id();
        commune = themes.create("Công an xã", null, null, null).id();
        digital = themes.create("chuyển đổi số", null, null, null).id();
        themes.create("không dùng", null, null, null);
        var tag = lib.services.annotations();
        tag.tag(first, commune, new Span(0, 10), null);      // Công an xã
        tag.tag(first, security, new Span(5, 22), null);     // overlaps the one before
        tag.tag(first, digital, new Span(33, 46), null);     // paragraph 1
        tag.tag(first, security, new Span(50, 62), null);    // paragraph 1, no overlap
        tag.tag(second, security, new Span(0, 15), null);
        tag.tag(second, commune, new Span(19, 29), null);
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private int cell(CooccurrenceMatrix m, long a, long b) {
        int i = indexOf(m, a);
        int j = indexOf(m, b);
        return m.count(i, j);
    }

    private static int indexOf(CooccurrenceMatrix m, long theme) {
        for (int i = 0; i < m.size(); i++) if (m.themes().get(i).id() == theme) return i;
        throw new AssertionError("theme " + theme + " not listed");
    }

    @Test
    void countsOverlappingPairsSharedParagraphsAndSharedDocuments() {
        CooccurrenceMatrix overlap = service.matrix(CooccurrenceUnit.OVERLAP, CooccurrenceFilter.NONE);
        CooccurrenceMatrix paragraph = service.matrix(CooccurrenceUnit.PARAGRAPH, CooccurrenceFilter.NONE);
        CooccurrenceMatrix document = service.matrix(CooccurrenceUnit.DOCUMENT, CooccurrenceFilter.NONE);

        assertThat(overlap.themes()).extracting(t -> t.name()).containsExactly("an ninh", "Công an xã", "chuyển đổi số");
        assertThat(cell(overlap, security, commune)).isEqualTo(1);
        assertThat(cell(overlap, security, digital)).isZero();
        assertThat(cell(overlap, security, security)).isEqualTo(3);
        assertThat(cell(paragraph, security, commune)).isEqualTo(2);
        assertThat(cell(paragraph, security, digital)).isEqualTo(1);
        assertThat(cell(paragraph, commune, digital)).isZero();
        assertThat(cell(document, commune, digital)).isEqualTo(1);
        assertThat(cell(document, security, security)).isEqualTo(2);
        assertThat(cell(document, digital, commune)).isEqualTo(cell(document, commune, digital));
    }

    @Test
    void filtersByYearKindAndConference() {
        CooccurrenceMatrix of2021 = service.matrix(CooccurrenceUnit.DOCUMENT, new CooccurrenceFilter(2021, null, null));
        assertThat(of2021.themes()).extracting(t -> t.name()).containsExactly("an ninh", "Công an xã");
        assertThat(service.matrix(CooccurrenceUnit.DOCUMENT, new CooccurrenceFilter(1999, null, null)).size()).isZero();
        assertThat(service.matrix(CooccurrenceUnit.DOCUMENT, new CooccurrenceFilter(null, dev.annals.model.ConferenceKind.ONLINE, null)).size()).isZero();
        long conferenceOfFirst = conferences.refresh().stream().filter(c -> c.docIds().contains(first)).findFirst().orElseThrow().id();
        CooccurrenceMatrix ofConference = service.matrix(CooccurrenceUnit.DOCUMENT, new CooccurrenceFilter(null, null, conferenceOfFirst));
        assertThat(ofConference.size()).isEqualTo(3);
        assertThat(cell(ofConference, security, security)).isEqualTo(1);
    }

    @Test
    void aCellListsThePassagesOfBothThemesSideBySide() {
        CooccurringPassages overlapping = service.passages(CooccurrenceUnit.OVERLAP, CooccurrenceFilter.NONE, commune, security);
        assertThat(overlapping.ofFirst()).extracting(Passage::quote).containsExactly("Công an xã");
        assertThat(overlapping.ofSecond()).extracting(Passage::quote).containsExactly("an xã giữ an ninh");

        CooccurringPassages inParagraphs = service.passages(CooccurrenceUnit.PARAGRAPH, CooccurrenceFilter.NONE, security, digital);
        assertThat(inParagraphs.ofFirst()).extracting(Passage::start).containsExactly(50);
        assertThat(inParagraphs.ofSecond()).extracting(Passage::quote).containsExactly("Chuyển đổi số");
        assertThat(inParagraphs.ofSecond().get(0).documentTitle()).isEqualTo("Sơ kết");
    }

    @Test
    void orphansAndOtherThemesPassagesDoNotCount() {
        lib.services.annotations().tag(first, commune, new Span(5, 8), null); // same theme overlapping itself: not a pair
        CooccurrenceMatrix overlap = service.matrix(CooccurrenceUnit.OVERLAP, CooccurrenceFilter.NONE);
        assertThat(cell(overlap, security, commune)).isEqualTo(2);
        assertThat(cell(overlap, commune, commune)).isEqualTo(3);
        assertThat(overlap.maxOffDiagonal()).isEqualTo(2);
    }
}
