package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.analysis.CooccurrenceFilter;
import dev.annals.logic.analysis.CooccurrenceUnit;
import dev.annals.logic.annotate.AnnotationQuery;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.model.Annotation;
import dev.annals.model.Span;
import dev.annals.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StarterExamplesTest {

    @TempDir
    Path folder;

    @Test
    void aNewLibraryHasExampleAnnotationsWhoseQuotesAreExactlyInTheirArticles() {
        try (LibrarySession session = TestLibraries.openFirstLibrary(folder)) {
            List<Annotation> all = all(session);
            assertThat(all).hasSize(12);
            assertThat(session.annotate().starterExamples().ids()).containsExactlyInAnyOrderElementsOf(all.stream().map(Annotation::id).toList());
            for (Annotation a : all) {
                String text = session.documents().find(a.docId()).orElseThrow().text();
                int[] cps = text.codePoints().toArray();
                assertThat(new String(cps, a.anchor().start(), a.anchor().end() - a.anchor().start())).isEqualTo(a.anchor().exact());
            }
            assertThat(new HashSet<>(all.stream().map(Annotation::themeId).toList())).hasSizeGreaterThanOrEqualTo(6);
            assertThat(all).anySatisfy(a -> assertThat(a.note()).isNotBlank());
            assertThat(session.undoHistory().canUndo()).isFalse();
        }
    }

    @Test
    void themesTogetherCountsExamplesSharingAParagraph() {
        try (LibrarySession session = TestLibraries.openFirstLibrary(folder)) {
            var matrix = session.cooccurrence().matrix(CooccurrenceUnit.PARAGRAPH, CooccurrenceFilter.NONE);
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < matrix.size(); i++) {
                for (int j = i + 1; j < matrix.size(); j++) {
                    if (matrix.count(i, j) > 0) pairs.add(matrix.themes().get(i).name() + " + " + matrix.themes().get(j).name());
                }
            }
            assertThat(pairs).contains("phòng chống tội phạm + an ninh trật tự", "an ninh trật tự + ứng phó Covid-19",
                    "ứng phó Covid-19 + thi đua khen thưởng");
        }
    }

    @Test
    void removingExamplesDeletesExactlyThemAsOneUndoableStepAndTellsTheViews() {
        try (LibrarySession session = TestLibraries.openFirstLibrary(folder)) {
            List<Annotation> examples = all(session);
            Theme theme = session.themes().findByName("Công an xã").orElseThrow();
            long docId = examples.get(0).docId();
            Annotation mine = session.annotations().tag(docId, theme.id(), new Span(0, 5), "mine");
            List<LibraryChange> heard = new ArrayList<>();
            session.changes().subscribe(heard::add);

            assertThat(session.annotate().starterExamples().remove()).isEqualTo(examples.size());

            assertThat(all(session)).extracting(Annotation::id).containsExactly(mine.id());
            assertThat(session.annotate().starterExamples().ids()).isEmpty();
            assertThat(heard).anySatisfy(c -> assertThat(c.has(LibraryChange.Aspect.ANNOTATIONS)).isTrue());
            assertThat(session.undoHistory().undoLabel()).contains("remove example annotations");

            session.undoHistory().undo();
            assertThat(all(session)).hasSize(examples.size() + 1);
            assertThat(session.annotate().starterExamples().ids()).hasSize(examples.size());

            session.undoHistory().redo();
            assertThat(all(session)).extracting(Annotation::id).containsExactly(mine.id());
        }
    }

    @Test
    void examplesAreInstalledOnlyWithTheSeedsAndNotAgainAfterRemoval() {
        try (LibrarySession session = TestLibraries.openFirstLibrary(folder)) {
            session.annotate().starterExamples().remove();
        }
        try (LibrarySession again = TestLibraries.openFirstLibrary(folder)) {
            assertThat(again.annotations().count()).isZero();
            assertThat(again.annotate().starterExamples().remove()).isZero();
        }
    }

    private static List<Annotation> all(LibrarySession session) {
        List<Annotation> out = new ArrayList<>();
        session.annotations().forEach(AnnotationQuery.ALL, out::add);
        return out;
    }
}
