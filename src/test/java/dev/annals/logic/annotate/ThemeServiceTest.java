package dev.annals.logic.annotate;

import dev.annals.logic.annotate.AnnotateException.Reason;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.model.Theme;
import dev.annals.testing.AnnotateLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThemeServiceTest {

    @TempDir
    Path folder;
    AnnotateLibrary lib;
    ThemeService themes;
    AnnotationService annotations;
    UndoHistory history;
    long doc;

    @BeforeEach
    void open() {
        lib = new AnnotateLibrary(folder);
        themes = lib.services.themes();
        annotations = lib.services.annotations();
        history = lib.services.undoHistory();
        doc = lib.addDocument("Hội nghị", "2021-06", "Công an xã chính quy đã góp phần giữ vững an ninh trật tự ở cơ sở.");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void createsThemesInOrderWithDistinctPaletteColours() {
        Theme a = themes.create("an ninh trật tự", null, null, "Security and order");
        Theme b = themes.create("Công an xã", null, null, null);

        assertThat(themes.list()).extracting(Theme::name).containsExactly("an ninh trật tự", "Công an xã");
        assertThat(a.color()).isNotEqualTo(b.color());
        assertThat(Palette.colors()).contains(a.color(), b.color());
    }

    @Test
    void refusesDuplicateNameIgnoringCase() {
        themes.create("Công an xã", null, null, null);

        assertThatThrownBy(() -> themes.create("công an xã", null, null, null))
                .isInstanceOf(AnnotateException.class).extracting("reason").isEqualTo(Reason.DUPLICATE_THEME);
    }

    @Test
    void refusesColourThatIsNotHex() {
        assertThatThrownBy(() -> themes.create("x", "red", null, null)).extracting("reason").isEqualTo(Reason.BAD_COLOR);
    }

    @Test
    void renamesRecoloursAndUndoesEachStep() {
        Theme t = themes.create("an ninh", null, null, null);
        themes.rename(t.id(), "an ninh trật tự");
        themes.recolor(t.id(), "#cc6677");

        assertThat(themes.require(t.id())).extracting(Theme::name, Theme::color).containsExactly("an ninh trật tự", "#CC6677");
        history.undo();
        assertThat(themes.require(t.id()).color()).isEqualTo(t.color());
        history.undo();
        assertThat(themes.require(t.id()).name()).isEqualTo("an ninh");
        history.redo();
        assertThat(themes.require(t.id()).name()).isEqualTo("an ninh trật tự");
    }

    @Test
    void movesThemeUpInDisplayOrder() {
        Theme a = themes.create("a", null, null, null);
        Theme b = themes.create("b", null, null, null);
        Theme c = themes.create("c", null, null, null);

        themes.move(c.id(), -2);

        assertThat(themes.list()).extracting(Theme::id).containsExactly(c.id(), a.id(), b.id());
        history.undo();
        assertThat(themes.list()).extracting(Theme::id).containsExactly(a.id(), b.id(), c.id());
    }

    @Test
    void refusesToPlaceThemeUnderItsOwnChild() {
        Theme parent = themes.create("parent", null, null, null);
        Theme child = themes.create("child", null, parent.id(), null);

        assertThatThrownBy(() -> themes.setParent(parent.id(), child.id())).extracting("reason").isEqualTo(Reason.PARENT_CYCLE);
    }

    @Test
    void undoRestoresDeletedThemeWithItsAnnotations() {
        Theme t = themes.create("Công an xã", null, null, null);
        Theme sub = themes.create("chính quy", null, t.id(), null);
        var tagged = annotations.tagQuote(doc, t.id(), "Công an xã", 1, "ghi chú");

        themes.delete(t.id());
        assertThat(annotations.forDocument(doc)).isEmpty();
        assertThat(themes.require(sub.id()).parentId()).isNull();

        history.undo();
        assertThat(themes.require(t.id()).name()).isEqualTo("Công an xã");
        assertThat(annotations.forDocument(doc)).containsExactly(tagged);
        assertThat(themes.require(sub.id()).parentId()).isEqualTo(t.id());

        history.redo();
        assertThat(themes.find(t.id())).isEmpty();
        assertThat(annotations.count()).isZero();
    }

    @Test
    void mergeMovesAnnotationsToTargetAndUndoSeparatesThemAgain() {
        Theme source = themes.create("ANTT", null, null, null);
        Theme target = themes.create("an ninh trật tự", null, null, null);
        var a = annotations.tagQuote(doc, source.id(), "an ninh trật tự", 1, null);

        themes.merge(source.id(), target.id());

        assertThat(themes.find(source.id())).isEmpty();
        assertThat(annotations.find(a.id()).orElseThrow().themeId()).isEqualTo(target.id());
        assertThat(themes.counts()).containsEntry(target.id(), 1);

        history.undo();
        assertThat(annotations.find(a.id()).orElseThrow().themeId()).isEqualTo(source.id());
        assertThat(themes.list()).extracting(Theme::id).containsExactly(source.id(), target.id());
    }

    @Test
    void publishesCodebookChangesAndTheirUndo() {
        List<LibraryChange> heard = new java.util.ArrayList<>();
        lib.changes.subscribe(heard::add);

        Theme t = themes.create("x", null, null, null);
        history.undo();

        assertThat(heard).hasSize(2).allMatch(c -> c.has(LibraryChange.Aspect.THEMES)).allMatch(c -> c.affects(12345));
        assertThat(themes.find(t.id())).isEmpty();
    }
}
