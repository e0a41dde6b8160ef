package dev.annals.logic.annotate;

import dev.annals.logic.annotate.AnnotateException.Reason;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Span;
import dev.annals.testing.AnnotateLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnnotationServiceTest {

    static final String TEXT = "Bộ Công an chỉ đạo Công an xã 😀 giữ vững an ninh trật tự; Công an xã chính quy.";

    @TempDir
    Path folder;
    AnnotateLibrary lib;
    AnnotationService annotations;
    UndoHistory history;
    long doc;
    long theme;

    @BeforeEach
    void open() {
        lib = new AnnotateLibrary(folder);
        annotations = lib.services.annotations();
        history = lib.services.undoHistory();
        doc = lib.addDocument("Hội nghị", "2021-06", TEXT);
        theme = lib.services.themes().create("Công an xã", null, null, null).id();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void tagsCodePointRangeAndStoresQuoteWithContext() {
        Annotation a = annotations.tag(doc, theme, new Span(32, 56), "memo");

        assertThat(a.anchor().exact()).isEqualTo("giữ vững an ninh trật tự");
        assertThat(a.anchor().prefix()).endsWith("xã 😀 ");
        assertThat(a.anchor().suffix()).startsWith("; Công an xã");
        assertThat(a.status()).isEqualTo(AnchorStatus.ANCHORED);
        assertThat(a.textSha256()).isEqualTo(dev.annals.logic.library.Hashing.sha256(TEXT));
        assertThat(annotations.forDocument(doc)).containsExactly(a);
    }

    @Test
    void tagsSecondOccurrenceOfQuote() {
        Annotation a = annotations.tagQuote(doc, theme, "Công an xã", 2, null);

        assertThat(a.anchor().start()).isEqualTo(TEXT.codePointCount(0, TEXT.lastIndexOf("Công an xã")));
    }

    @Test
    void findsQuoteTypedWithoutToneMarks() {
        Annotation a = annotations.tagQuote(doc, theme, "giu vung an ninh", 1, null);

        assertThat(a.anchor().exact()).isEqualTo("giữ vững an ninh");
    }

    @Test
    void refusesOccurrenceBeyondTheLast() {
        assertThatThrownBy(() -> annotations.tagQuote(doc, theme, "Công an xã", 3, null))
                .extracting("reason").isEqualTo(Reason.OCCURRENCE_OUT_OF_RANGE);
    }

    @Test
    void refusesQuoteNotInDocumentAndRangePastTheEnd() {
        assertThatThrownBy(() -> annotations.tagQuote(doc, theme, "Quốc hội", 1, null)).extracting("reason").isEqualTo(Reason.QUOTE_NOT_FOUND);
        assertThatThrownBy(() -> annotations.tag(doc, theme, new Span(10, 500), null)).extracting("reason").isEqualTo(Reason.RANGE_OUT_OF_BOUNDS);
        assertThatThrownBy(() -> annotations.tag(doc + 9, theme, new Span(0, 3), null)).extracting("reason").isEqualTo(Reason.UNKNOWN_DOCUMENT);
        assertThatThrownBy(() -> annotations.tag(doc, theme + 9, new Span(0, 3), null)).extracting("reason").isEqualTo(Reason.UNKNOWN_THEME);
    }

    @Test
    void consecutiveNoteEditsUndoAsOneStep() {
        Annotation a = annotations.tag(doc, theme, new Span(0, 10), "");
        annotations.setNote(a.id(), "C");
        annotations.setNote(a.id(), "Cô");
        annotations.setNote(a.id(), "Công");

        history.undo();
        assertThat(annotations.find(a.id()).orElseThrow().note()).isEmpty();
        history.redo();
        assertThat(annotations.find(a.id()).orElseThrow().note()).isEqualTo("Công");
    }

    @Test
    void sealedNoteEditStartsNewUndoStep() {
        Annotation a = annotations.tag(doc, theme, new Span(0, 10), "");
        annotations.setNote(a.id(), "một");
        history.seal();
        annotations.setNote(a.id(), "một hai");

        history.undo();
        assertThat(annotations.find(a.id()).orElseThrow().note()).isEqualTo("một");
    }

    @Test
    void undoAndRedoTaggingRetainsTheSameAnnotation() {
        Annotation a = annotations.tag(doc, theme, new Span(0, 10), "n");

        history.undo();
        assertThat(annotations.forDocument(doc)).isEmpty();
        history.redo();
        assertThat(annotations.forDocument(doc)).containsExactly(a);
    }

    @Test
    void rethemeChangeRangeAndDeleteAreUndoable() {
        long other = lib.services.themes().create("an ninh trật tự", null, null, null).id();
        Annotation a = annotations.tag(doc, theme, new Span(0, 10), null);

        annotations.retheme(a.id(), other);
        annotations.changeRange(a.id(), new Span(3, 10));
        annotations.delete(a.id());
        assertThat(annotations.find(a.id())).isEmpty();

        history.undo();
        assertThat(annotations.find(a.id()).orElseThrow().anchor().exact()).isEqualTo("Công an");
        history.undo();
        assertThat(annotations.find(a.id()).orElseThrow().anchor().exact()).isEqualTo("Bộ Công an");
        history.undo();
        assertThat(annotations.find(a.id()).orElseThrow().themeId()).isEqualTo(theme);
    }

    @Test
    void listsDocumentAnnotationsInTextOrder() {
        Annotation late = annotations.tag(doc, theme, new Span(40, 50), null);
        Annotation early = annotations.tag(doc, theme, new Span(3, 10), null);
        Annotation overlapping = annotations.tag(doc, theme, new Span(3, 20), null);

        assertThat(annotations.forDocument(doc)).containsExactly(early, overlapping, late);
    }

    @Test
    void placesImportedAnnotationByQuoteOrStoresItOrphaned() {
        var moved = new dev.annals.model.TextAnchor(0, 16, "an ninh trật tự", "giữ vững ", ";");
        var missing = new dev.annals.model.TextAnchor(0, 9, "Quốc hội khóa XV", "", "");

        Annotation placed = annotations.place(doc, theme, moved, "from elsewhere");
        Annotation orphan = annotations.place(doc, theme, missing, null);

        assertThat(placed.status()).isEqualTo(AnchorStatus.ANCHORED);
        assertThat(placed.anchor().start()).isEqualTo(41);
        assertThat(orphan.status()).isEqualTo(AnchorStatus.ORPHANED);
        assertThat(annotations.orphans()).containsExactly(orphan);
    }

    @Test
    void undoAndRedoArePublishedOnceTheHistoryIsUpToDate() {
        Annotation tagged = annotations.tag(doc, theme, new Span(4, 10), null);
        java.util.List<String> seen = new java.util.ArrayList<>();
        lib.changes.subscribe(c -> seen.add(c.docIds() + " undo=" + history.canUndo() + " redo=" + history.canRedo()));

        history.undo();
        history.redo();
        annotations.setNote(tagged.id(), "ghi chú");
        history.undo();

        assertThat(seen).containsExactly("[" + doc + "] undo=true redo=true", "[" + doc + "] undo=true redo=false",
                "[" + doc + "] undo=true redo=false", "[" + doc + "] undo=true redo=true");
    }

    @Test
    void aFailedUndoStaysInTheHistory() {
        Annotation tagged = annotations.tag(doc, theme, new Span(4, 10), null);
        lib.db.close();
        assertThatThrownBy(history::undo).isInstanceOf(RuntimeException.class);
        assertThat(history.canUndo()).isTrue();
        assertThat(history.canRedo()).isFalse();
        assertThat(tagged.id()).isPositive();
    }
}
