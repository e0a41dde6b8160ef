package dev.annals.ui.people;

import dev.annals.logic.people.Person;
import dev.annals.model.PartialDate;
import dev.annals.testing.RecordingNavigator;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleViewModelTest {

    @TempDir
    Path folder;
    PeopleLibrary library;
    PeopleViewModel model;
    RecordingNavigator navigator = new RecordingNavigator();

    @BeforeEach
    void open() {
        library = new PeopleLibrary(folder);
        model = new PeopleViewModel(library.index, library.editor, library.history, new SameThreadBackgroundTasks(), navigator, new I18n(Locale.ENGLISH),
                new FxLibraryChanges(library.lib.changes, Runnable::run));
        model.reload();
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void listsEveryoneAndChoosesTheFirst() {
        assertThat(model.people()).extracting(Person::name).containsExactly("Tô Lâm", "Trần Quốc Tỏ");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Tô Lâm");
        assertThat(model.messageProperty().get()).isEqualTo("2 of 2 people");
        assertThat(model.titlesOverTime(model.people().get(1))).isEqualTo("Trung tướng (17/08/2021) → Thượng tướng (20/11/2024)");
    }

    @Test
    void filtersWithoutToneMarksAndKeepsTheChoice() {
        model.selectedProperty().set(model.people().get(1));
        model.filterProperty().set("quoc to");
        assertThat(model.people()).extracting(Person::name).containsExactly("Trần Quốc Tỏ");
        model.filterProperty().set("thuong tuong");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Trần Quốc Tỏ");
        model.filterProperty().set("");
        assertThat(model.selectedProperty().get().name()).isEqualTo("Trần Quốc Tỏ");
    }

    @Test
    void followsNewArticlesAndOpensAMention() {
        long third = library.add("Hội nghị", PartialDate.ofYear(2025), List.of("Bộ trưởng Lương Tam Quang"));
        library.lib.changes.publish(dev.annals.logic.changes.LibraryChange.documentsAdded(java.util.Set.of(third)));
        assertThat(model.people()).extracting(Person::name).contains("Lương Tam Quang");

        model.open(model.selectedProperty().get().mentions().get(1));
        assertThat(navigator.visits).containsExactly("document " + library.late + " [0,0)");
    }

    @Test
    void mergesTheChosenIntoTheMostNamedAndKeepsItSelected() {
        library.add("Hội nghị 2025", PartialDate.ofYear(2025), List.of("Thượng tướng Trần Quốc Tỏ"));
        library.lib.changes.publish(dev.annals.logic.changes.LibraryChange.documentsAdded(java.util.Set.of()));
        model.chosen().setAll(model.people());

        model.merge();

        assertThat(model.people()).extracting(Person::name).containsExactly("Trần Quốc Tỏ");
        assertThat(model.selectedProperty().get().variants()).hasSize(4);
        assertThat(model.editing().doneProperty().get()).isEqualTo("2 people merged into Trần Quốc Tỏ.");
        model.editing().undo();
        assertThat(model.people()).hasSize(2);
        assertThat(model.editing().doneProperty().get()).isEmpty();
    }

    @Test
    void saysWhyAnEditCannotBeDone() {
        model.chosen().setAll(model.people().get(0));
        model.merge();
        assertThat(model.editing().errorProperty().get()).isEqualTo("Select two or more people to merge (Ctrl+click or Shift+click in the list).");
        assertThat(model.rename(" ")).isFalse();
        assertThat(model.editing().errorProperty().get()).isEqualTo("A name cannot be empty.");
        model.splitOff(null);
        assertThat(model.editing().errorProperty().get()).isEqualTo("Select in the list of forms the one to split off.");
        library.editor.split("Chủ tịch nước Tô Lâm");
        model.selectedProperty().set(model.people().stream().filter(p -> p.name().equals("Chủ tịch nước Tô Lâm")).findFirst().orElseThrow());
        model.splitOff("Chủ tịch nước Tô Lâm");
        assertThat(model.editing().errorProperty().get()).isEqualTo("'Chủ tịch nước Tô Lâm' is the only way this person is written: there is nothing to split it from.");
    }

    @Test
    void renamesSplitsAndShowsTheChosenOnTheTimeline() {
        List<List<Person>> shown = new java.util.ArrayList<>();
        model.setTimelineOpener(shown::add);
        assertThat(model.rename("Tô Lâm (Chủ tịch nước)")).isTrue();
        assertThat(model.selectedProperty().get().name()).isEqualTo("Tô Lâm (Chủ tịch nước)");

        model.splitOff("Đại tướng Tô Lâm");
        assertThat(model.people()).extracting(Person::name).contains("Đại tướng Tô Lâm");
        assertThat(model.selectedProperty().get().variants()).containsExactly("Chủ tịch nước Tô Lâm");

        model.showOnTimeline();
        model.chosen().setAll(model.people());
        model.showOnTimeline();
        assertThat(shown).extracting(List::size).containsExactly(1, 3);
        assertThat(shown.get(0).get(0).name()).isEqualTo("Tô Lâm (Chủ tịch nước)");
    }
}
