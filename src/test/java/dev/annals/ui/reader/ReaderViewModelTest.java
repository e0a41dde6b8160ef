package dev.annals.ui.reader;

import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DatePrecision;
import dev.annals.model.Document;
import dev.annals.model.PartialDate;
import dev.annals.model.Span;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderViewModelTest {

    @TempDir
    Path folder;
    private LibrarySession session;
    private ReaderViewModel vm;
    private long firstId;

    @BeforeEach
    void open() {
        session = TestLibraries.openSeeded(folder);
        vm = new ReaderViewModel(ReaderServices.of(session), new SameThreadBackgroundTasks(), I18n.forLanguage("en"), new FxLibraryChanges(session.changes(), Runnable::run));
        firstId = session.documents().list().get(0).id();
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void opensDocumentWithItsTextAndMetadata() {
        vm.open(firstId, 0, 0);
        Document doc = vm.documentProperty().get();
        assertThat(doc.id()).isEqualTo(firstId);
        assertThat(vm.metadata().titleProperty().get()).isEqualTo(doc.title() == null ? "" : doc.title());
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void findIgnoresToneMarksAndCountsMatches() {
        vm.open(firstId, 0, 0);
        String text = vm.documentProperty().get().text();
        vm.find().queryProperty().set("cong an");
        assertThat(vm.find().matches()).isNotEmpty();
        Span first = vm.find().matches().get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualToIgnoringCase("Công an");
        assertThat(vm.find().countTextProperty().get()).isEqualTo("1 / " + vm.find().matches().size());
        vm.find().next();
        assertThat(vm.find().countTextProperty().get()).isEqualTo("2 / " + vm.find().matches().size());
        vm.find().previous();
        vm.find().previous();
        assertThat(vm.find().currentProperty().get()).isEqualTo(vm.find().matches().size() - 1);
    }

    @Test
    void findSaysWhenNothingMatches() {
        vm.open(firstId, 0, 0);
        vm.find().queryProperty().set("xyzzy");
        assertThat(vm.find().matches()).isEmpty();
        assertThat(vm.find().countTextProperty().get()).isEqualTo("No matches");
    }

    @Test
    void savesEditedMetadataWithItsPrecision() {
        vm.open(firstId, 0, 0);
        vm.metadata().titleProperty().set("Hội nghị sơ kết");
        vm.metadata().precisionProperty().set(DatePrecision.MONTH);
        vm.metadata().yearProperty().set("2021");
        vm.metadata().monthProperty().set("6");
        vm.metadata().sourceProperty().set("Báo Công an");
        vm.metadata().kindProperty().set(ConferenceKind.SIX_MONTH_REVIEW);
        assertThat(vm.saveMetadata()).isTrue();
        Document stored = session.documents().find(firstId).orElseThrow();
        assertThat(stored.title()).isEqualTo("Hội nghị sơ kết");
        assertThat(stored.date()).isEqualTo(PartialDate.ofMonth(2021, 6));
        assertThat(stored.metadata().source()).isEqualTo("Báo Công an");
        assertThat(stored.metadata().kind()).isEqualTo(ConferenceKind.SIX_MONTH_REVIEW);
        assertThat(vm.documentProperty().get().title()).isEqualTo("Hội nghị sơ kết");
    }

    @Test
    void refusesDateInvalidForItsPrecision() {
        vm.open(firstId, 0, 0);
        vm.metadata().precisionProperty().set(DatePrecision.DAY);
        vm.metadata().yearProperty().set("2021");
        vm.metadata().monthProperty().set("2");
        vm.metadata().dayProperty().set("30");
        assertThat(vm.saveMetadata()).isFalse();
        assertThat(vm.messageProperty().get()).contains("not valid");
    }

    @Test
    void restoresTheRememberedReadingPosition() {
        vm.open(firstId, 0, 0);
        vm.rememberPosition(120);
        ReaderViewModel again = new ReaderViewModel(ReaderServices.of(session), new SameThreadBackgroundTasks(), I18n.forLanguage("en"), new FxLibraryChanges(session.changes(), Runnable::run));
        again.open(firstId, 0, 0);
        assertThat(again.revealProperty().get().range()).isEqualTo(new Span(120, 120));
        assertThat(again.revealProperty().get().select()).isFalse();
    }

    @Test
    void opensAtTheRequestedRangeAndSelectsIt() {
        vm.open(firstId, 10, 25);
        assertThat(vm.revealProperty().get().range()).isEqualTo(new Span(10, 25));
        assertThat(vm.revealProperty().get().select()).isTrue();
    }

    @Test
    void reportsDocumentThatIsGone() {
        vm.open(99999, 0, 0);
        assertThat(vm.documentProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).contains("99999");
    }

    @Test
    void fontSizeStaysWithinBounds() {
        for (int i = 0; i < 30; i++) vm.font().larger();
        assertThat(vm.font().get()).isEqualTo(FontScale.MAX);
        vm.font().reset();
        assertThat(vm.font().get()).isEqualTo(FontScale.DEFAULT);
    }

    @Test
    void openingADocumentClearsWhatWasSaidAboutThePreviousOne() {
        vm.open(987654, 0, 0);
        assertThat(vm.messageProperty().get()).contains("987654");
        vm.open(firstId, 0, 0);
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.documentProperty().get().id()).isEqualTo(firstId);
    }
}
