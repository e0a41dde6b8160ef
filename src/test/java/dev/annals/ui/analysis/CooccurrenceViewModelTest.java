package dev.annals.ui.analysis;

import dev.annals.logic.analysis.CooccurrenceUnit;
import dev.annals.logic.analysis.Passage;
import dev.annals.model.Span;
import dev.annals.testing.RecordingNavigator;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CooccurrenceViewModelTest {

    @TempDir
    Path folder;
    CooccurrenceLibrary library;
    CooccurrenceViewModel model;
    RecordingNavigator navigator = new RecordingNavigator();

    @BeforeEach
    void open() throws Exception {
        library = new CooccurrenceLibrary(Files.createDirectories(folder.resolve("lib")));
        model = new CooccurrenceViewModel(library.service, new SameThreadBackgroundTasks(), navigator, new I18n(Locale.ENGLISH),
                new FxLibraryChanges(library.lib.changes, Runnable::run), folder.resolve("lib"));
        model.reload();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void countsSharedParagraphsFirstAndFollowsTheChoiceOfUnit() {
        assertThat(model.matrixProperty().get().unit()).isEqualTo(CooccurrenceUnit.PARAGRAPH);
        assertThat(model.matrixProperty().get().count(0, 1)).isEqualTo(2);
        assertThat(model.messageProperty().get()).startsWith("Each cell counts the paragraphs");
        model.unitProperty().set(CooccurrenceUnit.OVERLAP);
        assertThat(model.matrixProperty().get().count(0, 1)).isEqualTo(1);
        model.yearProperty().set(2021);
        assertThat(model.matrixProperty().get().size()).isEqualTo(2);
        model.yearProperty().set(1999);
        assertThat(model.messageProperty().get()).startsWith("No tagged passages here.");
    }

    @Test
    void aCellListsBothThemesPassagesAndOpensOneInTheReader() {
        model.open(library.security, library.digital);

        assertThat(model.openedProperty().get().first().name()).isEqualTo("an ninh");
        assertThat(model.firstPassages()).extracting(Passage::quote).containsExactly("an ninh mạng");
        assertThat(model.secondPassages()).extracting(Passage::quote).containsExactly("Chuyển đổi số");
        model.openPassage(model.secondPassages().get(0));
        assertThat(navigator.visits).containsExactly("document " + library.first + " [33,46)");
    }

    @Test
    void followsNewTagsAndKeepsTheOpenedCellUpToDate() {
        model.open(library.commune, library.digital);
        assertThat(model.firstPassages()).isEmpty();
        library.lib.services.annotations().tag(library.first, library.commune, new Span(33, 40), null);
        assertThat(model.firstPassages()).extracting(Passage::start).containsExactly(33);
        assertThat(model.conferences()).isNotEmpty();
    }

    @Test
    void exportsTheTableAsCsvAndSaysWhere() throws Exception {
        Path csv = folder.resolve("out/matrix.csv");
        model.exportCsv(csv);

        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(
                "paragraph,an ninh,Công an xã,chuyển đổi số\r\nan ninh,3,2,1\r\nCông an xã,2,2,0\r\nchuyển đổi số,1,0,1\r\n");
        assertThat(model.messageProperty().get()).isEqualTo("Saved " + csv.toAbsolutePath());
    }

    @Test
    void refusesToWriteInsideTheLibraryFolderAndSaysWhy() {
        Path inside = folder.resolve("lib/matrix.png");
        model.exportPng(new byte[]{1, 2, 3}, inside);

        assertThat(inside).doesNotExist();
        assertThat(model.messageProperty().get()).startsWith("Could not save " + inside.toAbsolutePath());
    }
}
