package dev.annals.logic.people;

import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.logic.timeline.ConferenceNamer;
import dev.annals.logic.timeline.ConferenceService;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;
import dev.annals.persistence.SqliteConferenceStore;
import dev.annals.persistence.SqlitePersonEdits;
import dev.annals.testing.AnnotateLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeopleEditorTest {

    static final List<List<String>> ARTICLES = List.of(
            List.of("Đại tướng Tô Lâm", "Trung tướng Trần Quốc Tỏ", "Thiếu tướng Tổ Lâm"),
            List.of("Chủ tịch nước Tô Lâm", "Thượng tướng Trần Quốc Tỏ", "Đồng chí Tô Lâm"));

    @TempDir
    Path folder;
    AnnotateLibrary lib;
    DocumentService documents;
    PeopleIndex index;
    PeopleEditor editor;
    UndoHistory history = new UndoHistory();
    List<LibraryChange> heard = new ArrayList<>();

    @BeforeEach
    void open() {
        lib = new AnnotateLibrary(folder);
        documents = new DocumentService(lib.documents, lib.changes);
        SqlitePersonEdits edits = new SqlitePersonEdits(lib.db);
        index = new PeopleIndex(documents, new ConferenceService(new SqliteConferenceStore(lib.db), lib.documents, lib.changes), edits);
        editor = new PeopleEditor(index, edits, history, lib.changes);
        importArticles();
        lib.changes.subscribe(heard::add);
    }

    private void importArticles() {
        int year = 2021;
        for (List<String> people : ARTICLES) {
            String text = "Hội nghị " + year + " " + String.join(", ", people);
            lib.documents.insertAll(List.of(new NewDocument(new DocumentMetadata("Hội nghị " + year, PartialDate.ofYear(year++), null, null, people),
                    text, Hashing.sha256(text), text.codePointCount(0, text.length()), year + ".txt", text.getBytes(StandardCharsets.UTF_8), Instant.EPOCH)));
        }
    }

    @AfterEach
    void close() {
        lib.close();
    }

    List<String> names() {
        return index.people(ConferenceNamer.ENGLISH).stream().map(Person::name).toList();
    }

    Person person(String name) {
        return index.people(ConferenceNamer.ENGLISH).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void mergesPeopleUnderTheFirstNameWithAllTheirFormsAndRanks() {
        editor.merge(List.of(person("Tô Lâm").key(), person("Tổ Lâm").key()));

        assertThat(names()).containsExactly("Tô Lâm", "Trần Quốc Tỏ");
        assertThat(person("Tô Lâm").variants()).contains("Thiếu tướng Tổ Lâm", "Đại tướng Tô Lâm");
        assertThat(person("Tô Lâm").titles()).extracting(Person.Tenure::title).contains("Thiếu tướng", "Chủ tịch nước");
        assertThat(heard).containsExactly(LibraryChange.people());
    }

    @Test
    void editsSurviveDeletingAndImportingTheArticlesAgain() {
        editor.merge(List.of(person("Tô Lâm").key(), person("Tổ Lâm").key()));
        editor.rename(person("Trần Quốc Tỏ").key(), "Đại tướng Trần Quốc Tỏ (Bộ trưởng)");
        editor.split("Đồng chí Tô Lâm");

        documents.delete(documents.list().stream().map(d -> d.id()).toList());
        assertThat(names()).isEmpty();
        importArticles();

        assertThat(names()).containsExactlyInAnyOrder("Tô Lâm", "Đại tướng Trần Quốc Tỏ (Bộ trưởng)", "Đồng chí Tô Lâm");
        assertThat(person("Tô Lâm").variants()).containsExactlyInAnyOrder("Đại tướng Tô Lâm", "Thiếu tướng Tổ Lâm", "Chủ tịch nước Tô Lâm");
    }

    @Test
    void splitsAWrittenFormOffIntoAPersonNamedAsWritten() {
        editor.split("  đồng chí   tô lâm ");

        Person alone = person("Đồng chí Tô Lâm");
        assertThat(alone.variants()).containsExactly("Đồng chí Tô Lâm");
        assertThat(person("Tô Lâm").variants()).containsExactly("Đại tướng Tô Lâm", "Chủ tịch nước Tô Lâm");
        assertThatThrownBy(() -> editor.split("Đồng chí Tô Lâm")).isInstanceOf(PeopleEditException.class)
                .extracting(e -> ((PeopleEditException) e).reason()).isEqualTo(PeopleEditException.Reason.ALREADY_ALONE);
        assertThatThrownBy(() -> editor.split("Thiếu tướng Tổ Lâm")).extracting(e -> ((PeopleEditException) e).reason())
                .isEqualTo(PeopleEditException.Reason.ALREADY_ALONE);
        assertThatThrownBy(() -> editor.split("Thiếu tướng Nguyễn Văn A")).extracting(e -> ((PeopleEditException) e).reason())
                .isEqualTo(PeopleEditException.Reason.UNKNOWN_FORM);
    }

    @Test
    void aSplitFormMergedBackAndSplitAgainStandsAlone() {
        editor.split("Đồng chí Tô Lâm");
        editor.merge(List.of(person("Tô Lâm").key(), person("Đồng chí Tô Lâm").key()));
        assertThat(person("Tô Lâm").variants()).contains("Đồng chí Tô Lâm");

        editor.split("Đồng chí Tô Lâm");
        assertThat(names()).contains("Đồng chí Tô Lâm");
    }

    @Test
    void renamesOnlyThePersonWithThatToneMark() {
        editor.rename(person("Tô Lâm").key(), "  Tô   Lâm (Tổng Bí thư) ");

        assertThat(names()).containsExactly("Tô Lâm (Tổng Bí thư)", "Trần Quốc Tỏ", "Tổ Lâm");
        assertThat(index.find("tô lâm", ConferenceNamer.ENGLISH)).map(Person::name).contains("Tô Lâm (Tổng Bí thư)");
        editor.rename(person("Tô Lâm (Tổng Bí thư)").key(), "Tô Lâm");
        assertThat(names()).containsExactly("Tô Lâm", "Trần Quốc Tỏ", "Tổ Lâm");
    }

    @Test
    void refusesAnEmptyNameAndAMergeOfOnePerson() {
        String toLam = person("Tô Lâm").key();
        assertThatThrownBy(() -> editor.rename(toLam, "   ")).extracting(e -> ((PeopleEditException) e).reason())
                .isEqualTo(PeopleEditException.Reason.EMPTY_NAME);
        assertThatThrownBy(() -> editor.merge(List.of(toLam))).extracting(e -> ((PeopleEditException) e).reason())
                .isEqualTo(PeopleEditException.Reason.ONE_PERSON);
        editor.merge(List.of(toLam, person("Tổ Lâm").key()));
        assertThatThrownBy(() -> editor.merge(List.of("tổ lâm", toLam))).extracting(e -> ((PeopleEditException) e).reason())
                .isEqualTo(PeopleEditException.Reason.ONE_PERSON);
        assertThat(history.canUndo()).isTrue();
        assertThat(heard).hasSize(1);
    }

    @Test
    void eachEditIsOneUndoStepThatPublishesAgain() {
        editor.merge(List.of(person("Tô Lâm").key(), person("Tổ Lâm").key()));
        editor.rename(person("Tô Lâm").key(), "Tô Lâm (Chủ tịch nước)");

        history.undo();
        assertThat(names()).containsExactly("Tô Lâm", "Trần Quốc Tỏ");
        history.undo();
        assertThat(names()).containsExactly("Tô Lâm", "Trần Quốc Tỏ", "Tổ Lâm");
        history.redo();
        history.redo();
        assertThat(names()).containsExactly("Tô Lâm (Chủ tịch nước)", "Trần Quốc Tỏ");
        assertThat(heard).hasSize(6).allMatch(c -> c.has(LibraryChange.Aspect.PEOPLE));
    }
}
