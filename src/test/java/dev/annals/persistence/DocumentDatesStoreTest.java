package dev.annals.persistence;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.ArticleParser;
import dev.annals.logic.library.DocumentDates;
import dev.annals.logic.library.ImportReport;
import dev.annals.logic.library.ImportResult;
import dev.annals.logic.library.ImportService;
import dev.annals.logic.library.ImportSource;
import dev.annals.logic.library.ImportProgress;
import dev.annals.model.DateSource;
import dev.annals.model.Document;
import dev.annals.model.MetadataField;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a date came from and what a file states are stored; a date set on several documents is undone exactly. */
class DocumentDatesStoreTest {

    @TempDir
    Path dir;

    private Database db;
    private SqliteDocumentStore store;
    private List<ImportResult> results;

    @BeforeEach
    void importThreeFiles() throws Exception {
        db = Database.open(dir.resolve("library"), Clock.systemUTC());
        store = new SqliteDocumentStore(db);
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "# doc_id = 7\n# date = 2013-10-22\n# title = Tin một\n\nNội dung tin một.", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "Tin hai về hội nghị\n\nThứ Tư, 20/11/2024\n\nNội dung tin hai.", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("c.txt"), "Tin ba không có ngày\n\nNội dung tin ba.", StandardCharsets.UTF_8);
        results = new ImportService(store, new ArticleParser(), Clock.systemUTC(), new LibraryChanges()).importPaths(List.of(in), ImportProgress.NONE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Document doc(int index) {
        return store.find(results.get(index).id()).orElseThrow();
    }

    @Test
    void storesWhereTheDateCameFromAndWhatTheFileStates() {
        assertThat(doc(0).metadata().dateSource()).isEqualTo(DateSource.HEADER);
        assertThat(doc(0).metadata().fields()).containsExactly(new MetadataField("doc_id", "7"),
                new MetadataField("date", "2013-10-22"), new MetadataField("title", "Tin một"));
        assertThat(doc(1).metadata().dateSource()).isEqualTo(DateSource.BYLINE);
        assertThat(doc(2).metadata().dateSource()).isNull();
        assertThat(store.list()).extracting(d -> d.dateSource()).containsExactlyInAnyOrder(DateSource.HEADER, DateSource.BYLINE, null);
    }

    @Test
    void theImportReportCountsDatesBySource() {
        ImportReport report = ImportReport.of(results);
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.dated()).isEqualTo(2);
        assertThat(report.from(DateSource.HEADER)).isEqualTo(1);
        assertThat(report.from(DateSource.BYLINE)).isEqualTo(1);
        assertThat(report.undated()).isEqualTo(1);
        assertThat(report.untitled()).isZero();
    }

    @Test
    void setsOneDateOnSeveralDocumentsAsTheUsersAndUndoesItExactly() {
        LibraryChanges changes = new LibraryChanges();
        List<LibraryChange> heard = new java.util.ArrayList<>();
        changes.subscribe(heard::add);
        DocumentDates dates = new DocumentDates(store, changes);
        List<Long> ids = List.of(results.get(0).id(), results.get(2).id());
        DocumentDates.Change change = dates.setDate(ids, PartialDate.ofMonth(2020, 5));
        assertThat(change.size()).isEqualTo(2);
        assertThat(heard).containsExactly(LibraryChange.documentsEdited(java.util.Set.copyOf(ids)));
        assertThat(doc(0).date()).isEqualTo(PartialDate.ofMonth(2020, 5));
        assertThat(doc(2).metadata().dateSource()).isEqualTo(DateSource.USER);
        assertThat(store.editedFields(results.get(2).id())).contains("date");

        change.undo();
        assertThat(doc(0).date()).isEqualTo(PartialDate.ofDay(2013, 10, 22));
        assertThat(doc(0).metadata().dateSource()).isEqualTo(DateSource.HEADER);
        assertThat(doc(2).date()).isNull();
        assertThat(store.editedFields(results.get(2).id())).doesNotContain("date");
        assertThat(doc(0).metadata().fields()).hasSize(3);

        change.redo();
        assertThat(doc(2).date()).isEqualTo(PartialDate.ofMonth(2020, 5));
    }

    @Test
    void readsTheDatesAUserTypes() {
        assertThat(DocumentDates.parse("2023")).contains(PartialDate.ofYear(2023));
        assertThat(DocumentDates.parse("2023-03")).contains(PartialDate.ofMonth(2023, 3));
        assertThat(DocumentDates.parse("5/3/2023")).contains(PartialDate.ofDay(2023, 3, 5));
        assertThat(DocumentDates.parse("5 tháng 3 năm 2023")).contains(PartialDate.ofDay(2023, 3, 5));
        assertThat(DocumentDates.parse("hôm qua")).isEmpty();
        assertThat(DocumentDates.parse(" ")).isEmpty();
    }
}
