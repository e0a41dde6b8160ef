package dev.annals.ui.reader;

import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Span;
import dev.annals.model.Theme;
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

class ReaderAnnotationsTest {

    @TempDir
    Path folder;
    private LibrarySession session;
    private ReaderViewModel vm;
    private ReaderAnnotations annotations;
    private long docId;
    private String text;

    @BeforeEach
    void open() {
        session = TestLibraries.openSeeded(folder);
        vm = new ReaderViewModel(ReaderServices.of(session), new SameThreadBackgroundTasks(), I18n.forLanguage("en"), new FxLibraryChanges(session.changes(), Runnable::run));
        annotations = vm.annotations();
        docId = session.documents().list().get(0).id();
        vm.open(docId, 0, 0);
        text = vm.documentProperty().get().text();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void tagsSelectionSnappedToWholeWords() {
        int at = text.indexOf("Công an nơi đó");
        annotations.tag(at + 2, at + 6, themes().get(1).id());
        Annotation tagged = annotations.annotations().get(0);
        assertThat(tagged.anchor().exact()).isEqualTo("Công an");
        assertThat(tagged.themeId()).isEqualTo(themes().get(1).id());
        assertThat(annotations.selectedProperty().get().id()).isEqualTo(tagged.id());
        assertThat(session.annotations().forDocument(docId)).hasSize(1);
    }

    @Test
    void keyNumberTagsWithThatThemeOfTheCodebook() {
        int at = text.indexOf("Bộ trưởng");
        annotations.tagWithThemeNumber(3, at, at + "Bộ trưởng".length());
        assertThat(annotations.annotations().get(0).themeId()).isEqualTo(themes().get(2).id());
    }

    @Test
    void savesNoteAtOnceAndUndoRestoresIt() {
        Annotation a = tagFirst("Bộ trưởng");
        annotations.saveNote(a.id(), "Phát biểu chỉ đạo");
        assertThat(session.annotations().find(a.id()).orElseThrow().note()).isEqualTo("Phát biểu chỉ đạo");
        annotations.undo();
        assertThat(session.annotations().find(a.id()).orElseThrow().note()).isEmpty();
        annotations.redo();
        assertThat(annotations.annotations().get(0).note()).isEqualTo("Phát biểu chỉ đạo");
    }

    @Test
    void undoRemovesTagAndRedoBringsItBack() {
        tagFirst("Bộ trưởng");
        assertThat(annotations.canUndoProperty().get()).isTrue();
        annotations.undo();
        assertThat(annotations.annotations()).isEmpty();
        assertThat(annotations.canRedoProperty().get()).isTrue();
        annotations.redo();
        assertThat(annotations.annotations()).hasSize(1);
    }

    @Test
    void clickSelectsInnermostOfOverlappingAnnotations() {
        int at = text.indexOf("lực lượng Công an nơi đó");
        Annotation outer = session.annotations().tag(docId, themes().get(0).id(), new Span(at, at + 24), null);
        Annotation inner = session.annotations().tag(docId, themes().get(1).id(), new Span(at + 10, at + 17), null);
        annotations.selectAt(at + 12);
        assertThat(annotations.selectedProperty().get().id()).isEqualTo(inner.id());
        assertThat(annotations.selection()).extracting(Annotation::id).containsExactlyInAnyOrder(outer.id(), inner.id());
        annotations.selectAt(at + 2);
        assertThat(annotations.selectedProperty().get().id()).isEqualTo(outer.id());
    }

    @Test
    void rethemesAndDeletes() {
        Annotation a = tagFirst("Bộ trưởng");
        annotations.retheme(a.id(), themes().get(4).id());
        assertThat(annotations.annotations().get(0).themeId()).isEqualTo(themes().get(4).id());
        annotations.delete(a.id());
        assertThat(annotations.annotations()).isEmpty();
        assertThat(annotations.selectedProperty().get()).isNull();
    }

    @Test
    void correctingTextKeepsMovedPassagesAndOrphansDeletedOnes() {
        Annotation kept = tagFirst("Đại tướng Tô Lâm");
        String deleted = "triệt xóa bằng được, triệt xóa hết các băng";
        Annotation lost = tagFirst(deleted);
        vm.correctText("Sửa lỗi. " + text.replace(deleted, ""));
        assertThat(session.annotations().find(lost.id()).orElseThrow().status()).isEqualTo(AnchorStatus.ORPHANED);
        Annotation moved = session.annotations().find(kept.id()).orElseThrow();
        assertThat(moved.status()).isEqualTo(AnchorStatus.ANCHORED);
        assertThat(moved.anchor().start()).isEqualTo(kept.anchor().start() + "Sửa lỗi. ".length());
        assertThat(vm.documentProperty().get().text()).startsWith("Sửa lỗi. ");
        assertThat(vm.messageProperty().get()).contains("1 annotations could not be placed");
        assertThat(annotations.annotations()).anyMatch(a -> a.status() == AnchorStatus.ORPHANED);
    }

    private Annotation tagFirst(String quote) {
        int at = text.indexOf(quote);
        annotations.tag(at, at + quote.length(), themes().get(0).id());
        return annotations.selectedProperty().get();
    }

    private List<Theme> themes() {
        return annotations.themes();
    }
}
