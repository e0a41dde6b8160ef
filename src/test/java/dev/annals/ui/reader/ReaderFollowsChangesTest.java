package dev.annals.ui.reader;

import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import dev.annals.model.DocumentMetadata;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader shows what the library holds now, whoever changed it: another view, the theme editor, undo. */
class ReaderFollowsChangesTest {

    @TempDir
    Path folder;
    LibrarySession session;
    ReaderViewModel vm;
    long docId;
    long otherId;

    @BeforeEach
    void open() {
        session = TestLibraries.openSeeded(folder);
        vm = new ReaderViewModel(ReaderServices.of(session), new SameThreadBackgroundTasks(), I18n.forLanguage("en"),
                new FxLibraryChanges(session.changes(), Runnable::run));
        docId = session.documents().list().get(0).id();
        otherId = session.documents().list().get(1).id();
        vm.open(docId, 0, 0);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void aTagMadeElsewhereAppearsAndCanBeUndoneFromHere() {
        assertThat(vm.annotations().canUndoProperty().get()).isFalse();
        session.annotations().tagQuote(docId, session.themes().list().get(0).id(), "Công an", 1, null);
        assertThat(vm.annotations().annotations()).hasSize(1);
        assertThat(vm.annotations().canUndoProperty().get()).isTrue();
        vm.annotations().undo();
        assertThat(vm.annotations().annotations()).isEmpty();
        assertThat(vm.annotations().canRedoProperty().get()).isTrue();
    }

    @Test
    void aTagOnAnotherDocumentLeavesTheOpenOneAsItIs() {
        var before = vm.documentProperty().get();
        session.annotations().tagQuote(otherId, session.themes().list().get(0).id(), "Công an", 1, null);
        assertThat(vm.annotations().annotations()).isEmpty();
        assertThat(vm.documentProperty().get()).isSameAs(before);
    }

    @Test
    void aRenamedThemeShowsItsNewName() {
        long theme = session.themes().list().get(0).id();
        session.themes().rename(theme, "tên mới");
        assertThat(vm.annotations().themes()).extracting(t -> t.name()).contains("tên mới");
    }

    @Test
    void aMetadataEditMadeElsewhereRefreshesTheHeaderAndTheForm() {
        DocumentMetadata m = vm.documentProperty().get().metadata();
        session.documents().updateMetadata(docId, new DocumentMetadata("Tiêu đề đã sửa", m.date(), m.source(), m.kind(), m.people()));
        assertThat(vm.documentProperty().get().metadata().title()).isEqualTo("Tiêu đề đã sửa");
        assertThat(vm.metadata().titleProperty().get()).isEqualTo("Tiêu đề đã sửa");
    }

    @Test
    void aDocumentDeletedElsewhereIsClosedWithAWord() {
        session.documents().delete(List.of(docId));
        assertThat(vm.documentProperty().get()).isNull();
        assertThat(vm.annotations().annotations()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("This document was deleted from the library.");
    }

    @Test
    void deletingAnotherDocumentKeepsThisOneOpen() {
        session.documents().delete(List.of(otherId));
        assertThat(vm.documentProperty().get().id()).isEqualTo(docId);
    }
}
