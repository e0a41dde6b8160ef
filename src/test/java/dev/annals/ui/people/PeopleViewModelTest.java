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
}
