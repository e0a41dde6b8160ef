package dev.annals.logic.timeline;

import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DatePrecision;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.annals.logic.timeline.ConferenceNamer.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ConferenceServiceTest {

    @TempDir
    Path folder;

    @Test
    void seedsGiveFiveConferencesOldestFirstWithTheirPrecisionAndKind() {
        try (var lib = SeedLibrary.withSeeds(folder)) {
            List<Conference> conferences = lib.conferences.conferences(ENGLISH);

            assertThat(conferences).extracting(c -> c.date().iso(), c -> c.date().precision(), Conference::kind).containsExactly(
                    tuple("2020", DatePrecision.YEAR, ConferenceKind.SIX_MONTH_REVIEW),
                    tuple("2021-06-21", DatePrecision.DAY, ConferenceKind.SIX_MONTH_REVIEW),
                    tuple("2021-08-17", DatePrecision.DAY, ConferenceKind.ONLINE),
                    tuple("2021-12-29", DatePrecision.DAY, ConferenceKind.ANNUAL_NATIONAL),
                    tuple("2024-11-20", DatePrecision.DAY, ConferenceKind.THEMATIC_REVIEW));
            assertThat(conferences).allSatisfy(c -> assertThat(c.docIds()).hasSize(1));
            assertThat(conferences.get(3).title()).isEqualTo("Hội nghị Công an toàn quốc lần thứ 77");
        }
    }

    @Test
    void seedsAsTheImportReadsThemGiveTheFiveConferences() {
        try (var lib = SeedLibrary.imported(folder)) {
            assertThat(lib.conferences.conferences(ENGLISH)).extracting(c -> c.date().iso(), Conference::kind).containsExactly(
                    tuple("2020", ConferenceKind.SIX_MONTH_REVIEW),
                    tuple("2021-06-21", ConferenceKind.SIX_MONTH_REVIEW),
                    tuple("2021-08-17", ConferenceKind.ONLINE),
                    tuple("2021-12-29", ConferenceKind.ANNUAL_NATIONAL),
                    tuple("2024-11-20", ConferenceKind.THEMATIC_REVIEW));
        }
    }

    @Test
    void conferenceWithoutTitledDocumentsIsNamedFromItsKindAndDate() {
        try (var lib = SeedLibrary.empty(folder)) {
            lib.add("text", SeedLibrary.meta(null, PartialDate.ofYear(2020), ConferenceKind.SIX_MONTH_REVIEW));

            assertThat(lib.conferences.conferences(ENGLISH)).singleElement()
                    .satisfies(c -> assertThat(c.title()).isEqualTo("Six-month review, 2020"));
        }
    }

    @Test
    void derivedConferencesKeepTheirIdsWhenRead() {
        try (var lib = SeedLibrary.withSeeds(folder)) {
            var first = lib.conferences.conferences(ENGLISH);
            assertThat(lib.conferences.conferences(ENGLISH)).isEqualTo(first);
        }
    }

    @Test
    void newArticleAboutAKnownConferenceJoinsIt() {
        try (var lib = SeedLibrary.withSeeds(folder)) {
            long id77 = lib.conferences.conferences(ENGLISH).get(3).id();
            long added = lib.add("Bế mạc Hội nghị Công an toàn quốc lần thứ 77",
                    SeedLibrary.meta("Bế mạc", PartialDate.ofMonth(2021, 12), ConferenceKind.ANNUAL_NATIONAL));

            var conferences = lib.conferences.conferences(ENGLISH);

            assertThat(conferences).hasSize(5);
            assertThat(conferences.get(3).id()).isEqualTo(id77);
            assertThat(conferences.get(3).docIds()).contains(added);
        }
    }

    @Test
    void renameAndRedateLastAcrossReopeningAndLaterImports() {
        long id;
        try (var lib = SeedLibrary.withSeeds(folder)) {
            id = lib.conferences.conferences(ENGLISH).get(0).id();
            lib.conferences.rename(id, "Sơ kết 6 tháng đầu năm 2020");
            lib.conferences.redate(id, PartialDate.ofMonth(2020, 7));
        }
        try (var lib = SeedLibrary.empty(folder)) {
            lib.add("Another six-month review article", SeedLibrary.meta("x", PartialDate.ofYear(2020), ConferenceKind.SIX_MONTH_REVIEW));
            lib.documents.updateMetadata(lib.idOf("000_0e0605bb8dec2198.txt"),
                    SeedLibrary.meta("changed", PartialDate.ofYear(2019), ConferenceKind.OTHER));

            var renamed = lib.conferences.conferences(ENGLISH).stream().filter(c -> c.id() == id).findFirst().orElseThrow();

            assertThat(renamed.title()).isEqualTo("Sơ kết 6 tháng đầu năm 2020");
            assertThat(renamed.date()).isEqualTo(PartialDate.ofMonth(2020, 7));
            assertThat(renamed.kind()).isEqualTo(ConferenceKind.SIX_MONTH_REVIEW);
            assertThat(renamed.docIds()).contains(lib.idOf("000_0e0605bb8dec2198.txt"));
        }
    }

    @Test
    void mergeSplitAndRelinkLastAcrossRederivation() {
        try (var lib = SeedLibrary.withSeeds(folder)) {
            var before = lib.conferences.conferences(ENGLISH);
            long june = before.get(1).id();
            long online = before.get(2).id();
            long national = before.get(3).id();
            long onlineDoc = before.get(2).docIds().get(0);

            lib.conferences.merge(june, List.of(online));
            assertThat(lib.conferences.conferences(ENGLISH)).hasSize(4)
                    .filteredOn(c -> c.id() == june).singleElement()
                    .satisfies(c -> assertThat(c.docIds()).hasSize(2).contains(onlineDoc));

            long splitOff = lib.conferences.split(june, List.of(onlineDoc));
            assertThat(lib.conferences.conferences(ENGLISH)).hasSize(5)
                    .filteredOn(c -> c.id() == splitOff).singleElement()
                    .satisfies(c -> assertThat(c.docIds()).containsExactly(onlineDoc));

            lib.conferences.relink(onlineDoc, national);
            var after = lib.conferences.conferences(ENGLISH);
            assertThat(after).hasSize(4).extracting(Conference::id).doesNotContain(splitOff);
            assertThat(after).filteredOn(c -> c.id() == national).singleElement()
                    .satisfies(c -> assertThat(c.docIds()).contains(onlineDoc));
        }
    }

    @Test
    void forgettingEditsGroupsTheDocumentsAutomaticallyAgain() {
        try (var lib = SeedLibrary.withSeeds(folder)) {
            var before = lib.conferences.conferences(ENGLISH);
            long june = before.get(1).id();
            lib.conferences.merge(june, List.of(before.get(2).id()));

            lib.conferences.forgetEdits(june);

            assertThat(lib.conferences.conferences(ENGLISH)).extracting(c -> c.date().iso())
                    .containsExactly("2020", "2021-06-21", "2021-08-17", "2021-12-29", "2024-11-20");
        }
    }

    @Test
    void deletedDocumentTakesItsOnlyConferenceWithIt() {
        try (var lib = SeedLibrary.withSeeds(folder)) {
            lib.documents.delete(lib.idOf("004_a247764e4e55ebab.txt"));

            assertThat(lib.conferences.conferences(ENGLISH)).extracting(Conference::kind).doesNotContain(ConferenceKind.ONLINE);
        }
    }

    @Test
    void everyEditIsPublishedButReadingIsNot() {
        try (var lib = SeedLibrary.withSeeds(folder)) {
            List<dev.annals.logic.changes.LibraryChange> heard = new java.util.ArrayList<>();
            lib.changes.subscribe(heard::add);
            List<Conference> conferences = lib.conferences.conferences(ENGLISH);
            lib.conferences.refresh();
            assertThat(heard).isEmpty();

            long first = conferences.get(0).id();
            lib.conferences.rename(first, "Sơ kết 6 tháng 2020");
            lib.conferences.redate(first, PartialDate.ofMonth(2020, 7));
            lib.conferences.changeKind(first, ConferenceKind.OTHER);
            lib.conferences.merge(first, List.of(conferences.get(1).id()));
            lib.conferences.forgetEdits(first);
            assertThat(heard).hasSize(5).allMatch(c -> c.has(dev.annals.logic.changes.LibraryChange.Aspect.CONFERENCES));
        }
    }
}
