package dev.annals.logic.autocode;

import dev.annals.logic.autocode.AutoCodePlan.Skip;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.search.SearchFilters;
import dev.annals.logic.search.SearchService;
import dev.annals.model.Annotation;
import dev.annals.model.Span;
import dev.annals.persistence.SqliteSearchIndex;
import dev.annals.testing.AnnotateLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutoCoderTest {

    @TempDir
    Path folder;
    AnnotateLibrary lib;
    AutoCoder coder;
    long first;
    long second;
    long theme;
    final List<LibraryChange> heard = new ArrayList<>();

    @BeforeEach
    void open() {
        lib = new AnnotateLibrary(folder);
        coder = new AutoCoder(new SearchService(new SqliteSearchIndex(lib.db)), lib.services.annotations(), lib.services.themes(), Clock.systemUTC());
        first = lib.addDocument("Sơ kết", "2020", "Công an xã bảo đảm an ninh; toàn dân giữ an ninh trật tự.");
        second = lib.addDocument("Tổng kết", "2021", "Lực lượng Công an xã chính quy 😀 và an ninh nông thôn.");
        theme = lib.services.themes().create("an ninh", null, null, null).id();
        lib.changes.subscribe(heard::add);
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private List<String> quotes(List<Annotation> annotations) {
        return annotations.stream().map(a -> a.anchor().exact()).toList();
    }

    @Test
    void tagsEveryCheckedHitAsOneUndoableStep() throws Exception {
        AutoCodePlan plan = coder.plan("\"an ninh\"", SearchFilters.NONE, theme, Integer.MAX_VALUE);
        assertThat(plan.candidates()).hasSize(3);

        AutoCodeResult result = coder.apply(plan, c -> !(c.hit().docId() == first && c.hit().anchor().start() > 40));

        assertThat(quotes(result.tagged())).containsExactly("an ninh", "an ninh");
        assertThat(result.skipped()).singleElement().extracting(AutoCodePlan.Candidate::skip).isEqualTo(Skip.NOT_CHOSEN);
        assertThat(heard).singleElement().satisfies(c -> assertThat(c.docIds()).containsExactlyInAnyOrder(first, second));
        assertThat(lib.services.undoHistory().undoLabel()).contains(AutoCoder.UNDO_LABEL);
        lib.services.undoHistory().undo();
        assertThat(lib.services.annotations().count()).isZero();
        lib.services.undoHistory().redo();
        assertThat(lib.services.annotations().count()).isEqualTo(2);
    }

    @Test
    void matchesWholeWordsAndCountsCodePoints() throws Exception {
        AutoCodePlan plan = coder.plan("\"cong an\" chinh*", SearchFilters.NONE, theme, Integer.MAX_VALUE);

        assertThat(plan.candidates()).extracting(c -> c.hit().anchor().exact()).containsExactly("Công an", "chính");
        var afterEmoji = coder.plan("nong thon", SearchFilters.NONE, theme, 10).candidates().get(0).hit().anchor();
        assertThat(new Span(afterEmoji.start(), afterEmoji.end())).isEqualTo(new Span(44, 53));
        assertThat(coder.plan("toan", SearchFilters.NONE, theme, 10).candidates()).extracting(c -> c.hit().anchor().exact()).containsExactly("toàn");
        assertThat(coder.plan("oan", SearchFilters.NONE, theme, 10).candidates()).isEmpty();
    }

    @Test
    void skipsPassagesAlreadyTaggedWithTheThemeButNotWithAnother() throws Exception {
        lib.services.annotations().tag(first, theme, new Span(18, 35), null);
        long other = lib.services.themes().create("khác", null, null, null).id();
        lib.services.annotations().tag(second, other, new Span(0, 20), null);

        AutoCodePlan plan = coder.plan("\"an ninh\"", SearchFilters.NONE, theme, Integer.MAX_VALUE);

        assertThat(plan.candidates()).extracting(AutoCodePlan.Candidate::skip).containsExactly(Skip.ALREADY_TAGGED, null, null);
        assertThat(plan.taggableCount()).isEqualTo(2);
        assertThat(coder.apply(plan, c -> true).tagged()).hasSize(2);
    }

    @Test
    void wordsWithOnlySpacesBetweenThemAreOnePassage() throws Exception {
        assertThat(coder.plan("an ninh", SearchFilters.NONE, theme, 100).candidates()).extracting(c -> c.hit().anchor().exact())
                .containsExactly("an", "an ninh", "an ninh", "an", "an ninh");
    }

    @Test
    void followsTheYearFilterAndStopsAtTheMostHitsAsked() throws Exception {
        assertThat(coder.plan("\"an ninh\"", new SearchFilters(2021, 2021, null, null), theme, 100).candidates())
                .allSatisfy(c -> assertThat(c.hit().docId()).isEqualTo(second)).hasSize(1);
        assertThat(coder.plan("an", SearchFilters.NONE, theme, 2).candidates()).hasSize(2);
    }

    @Test
    void aThemeDeletedSinceThePlanWritesNothing() throws Exception {
        AutoCodePlan plan = coder.plan("\"an ninh\"", SearchFilters.NONE, theme, 100);
        lib.services.themes().delete(theme);

        assertThatThrownBy(() -> coder.apply(plan, c -> true)).isInstanceOf(RuntimeException.class);
        assertThat(lib.services.annotations().count()).isZero();
    }

    @Test
    void nothingChosenIsNoStep() throws Exception {
        AutoCodeResult result = coder.apply(coder.plan("\"an ninh\"", SearchFilters.NONE, theme, 100), c -> false);

        assertThat(result.tagged()).isEmpty();
        assertThat(heard).isEmpty();
        assertThat(lib.services.undoHistory().undoLabel()).isNotEqualTo(java.util.Optional.of(AutoCoder.UNDO_LABEL));
    }
}
