package dev.annals.ui.timeline;

import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.people.PeopleEditor;
import dev.annals.logic.people.PeopleIndex;
import dev.annals.logic.people.Person;
import dev.annals.logic.timeline.InMemoryAnnotations;
import dev.annals.logic.timeline.SeedLibrary;
import dev.annals.logic.timeline.TimelineService;
import dev.annals.model.Conference;
import dev.annals.persistence.SqlitePersonEdits;
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

/** The timeline limited to the conferences whose articles name chosen people, over the imported seed articles. */
class TimelinePeopleFilterTest {

    @TempDir
    Path folder;
    SeedLibrary library;
    PeopleEditor editor;
    TimelineViewModel vm;

    @BeforeEach
    void load() {
        library = SeedLibrary.imported(folder);
        InMemoryAnnotations annotations = new InMemoryAnnotations();
        SqlitePersonEdits edits = new SqlitePersonEdits(library.db);
        PeopleIndex people = new PeopleIndex(new DocumentService(library.documents, library.changes), library.conferences, edits);
        editor = new PeopleEditor(people, edits, new UndoHistory(), library.changes);
        vm = new TimelineViewModel(new TimelineService(library.conferences, library.documents, annotations, annotations.themes()), people,
                new SameThreadBackgroundTasks(), new RecordingNavigator(), I18n.forLanguage("en"), new FxLibraryChanges(library.changes, Runnable::run));
        vm.load();
    }

    @AfterEach
    void close() {
        library.close();
    }

    List<Conference> shown() {
        return vm.layoutProperty().get().conferences();
    }

    Person person(String name) {
        vm.people().listChoices();
        return vm.people().choices().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void opensWithoutListingThePeopleAndListsThemWhenAskedFor() {
        assertThat(shown()).hasSize(5);
        assertThat(vm.people().choices()).isEmpty();
        assertThat(vm.people().listedProperty().get()).isFalse();

        vm.people().listChoices();

        assertThat(vm.people().listedProperty().get()).isTrue();
        assertThat(vm.people().choices()).extracting(Person::name).contains("Lương Tam Quang", "Trần Quốc Tỏ");
    }

    @Test
    void aChangeWithNoOneChosenListsThePeopleAgainOnlyWhenNextAskedFor() {
        vm.people().listChoices();
        editor.rename(person("Lương Tam Quang").key(), "Đại tướng Lương Tam Quang");

        assertThat(vm.people().listedProperty().get()).isFalse();
        assertThat(vm.people().choices()).extracting(Person::name).contains("Lương Tam Quang");
        vm.people().listChoices();
        assertThat(vm.people().choices()).extracting(Person::name).contains("Đại tướng Lương Tam Quang").doesNotContain("Lương Tam Quang");
    }

    @Test
    void keepsOnlyTheConferencesWhoseArticlesNameAnyChosenPerson() {
        assertThat(shown()).hasSize(5);
        Person quang = person("Lương Tam Quang");

        vm.people().set(quang, true);
        assertThat(shown()).hasSize(1);
        assertThat(shown().get(0).docIds()).containsAnyElementsOf(quang.docIds());

        vm.people().set(person("Trần Quốc Tỏ"), true);
        assertThat(shown()).hasSizeBetween(2, 5).allMatch(c -> c.docIds().stream().anyMatch(d -> quang.docIds().contains(d)
                || person("Trần Quốc Tỏ").docIds().contains(d)));
        vm.people().set(quang, false);
        assertThat(vm.people().chosen()).extracting(Person::name).containsExactly("Trần Quốc Tỏ");
        vm.people().clear();
        assertThat(shown()).hasSize(5);
    }

    @Test
    void peopleShownFromThePeopleViewFollowARenameAndAMerge() {
        vm.showPeople(List.of(person("Lương Tam Quang")));
        assertThat(vm.people().isOn()).isTrue();

        editor.rename(person("Lương Tam Quang").key(), "Đại tướng Lương Tam Quang");
        assertThat(vm.people().chosen()).extracting(Person::name).containsExactly("Đại tướng Lương Tam Quang");

        editor.merge(List.of(person("Trần Quốc Tỏ").key(), person("Đại tướng Lương Tam Quang").key()));
        assertThat(vm.people().chosen()).extracting(Person::name).containsExactly("Trần Quốc Tỏ");
        assertThat(shown().size()).isGreaterThan(1);
    }
}
