package dev.annals.ui.library;

import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import dev.annals.model.DocumentSummary;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The library's table follows writes made anywhere: the Annotations column counts a tag made in the reader. */
class LibraryFollowsChangesTest {

    @TempDir
    Path folder;
    LibrarySession session;
    LibraryViewModel model;

    @BeforeEach
    void open() {
        session = TestLibraries.openSeeded(folder);
        model = new LibraryViewModel(session.documents(), session.importer(), session.undoHistory(), new SameThreadBackgroundTasks(), I18n.forLanguage("en"),
                new FxLibraryChanges(session.changes(), Runnable::run));
        model.reload();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private DocumentSummary row(long id) {
        return model.documents().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aTagMadeElsewhereShowsInTheAnnotationsColumnAndItsUndoToo() {
        long doc = model.documents().get(0).id();
        long theme = session.themes().list().get(0).id();
        session.annotations().tagQuote(doc, theme, "Công an", 1, null);
        session.annotations().tagQuote(doc, theme, "Công an", 2, null);
        assertThat(row(doc).annotationCount()).isEqualTo(2);
        session.undoHistory().undo();
        assertThat(row(doc).annotationCount()).isEqualTo(1);
    }

    @Test
    void deletingAThemeTakesItsAnnotationsOutOfTheCount() {
        long doc = model.documents().get(0).id();
        long theme = session.themes().list().get(0).id();
        session.annotations().tagQuote(doc, theme, "Công an", 1, null);
        session.themes().delete(theme);
        assertThat(row(doc).annotationCount()).isZero();
    }

    @Test
    void aMetadataEditInTheReaderRenamesTheRow() {
        DocumentSummary first = model.documents().get(0);
        var metadata = session.documents().find(first.id()).orElseThrow().metadata();
        session.documents().updateMetadata(first.id(), new dev.annals.model.DocumentMetadata("Tên do người dùng đặt", metadata.date(),
                metadata.source(), metadata.kind(), metadata.people()));
        assertThat(row(first.id()).title()).isEqualTo("Tên do người dùng đặt");
    }

    @Test
    void deletingFromTheTableRemovesTheRowsAndTheirYears() {
        int before = model.documents().size();
        model.delete(model.documents().subList(0, 1));
        assertThat(model.documents()).hasSize(before - 1);
        assertThat(session.documents().count()).isEqualTo(before - 1);
    }
}
