package dev.annals.ui.timeline;

import dev.annals.logic.timeline.ConferenceService;
import dev.annals.logic.timeline.ConferenceStore;
import dev.annals.logic.timeline.InMemoryAnnotations;
import dev.annals.logic.timeline.Period;
import dev.annals.logic.timeline.SeedLibrary;
import dev.annals.logic.timeline.StoredConference;
import dev.annals.logic.timeline.TimelineService;
import dev.annals.model.Conference;
import dev.annals.model.PartialDate;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static dev.annals.model.ConferenceKind.ANNUAL_NATIONAL;
import static dev.annals.model.ConferenceKind.ONLINE;
import static dev.annals.model.ConferenceKind.SIX_MONTH_REVIEW;
import static dev.annals.model.ConferenceKind.THEMATIC_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimelineViewModelTest {

    @TempDir
    Path folder;

    private TimelineFixture f;
    private TimelineViewModel vm;

    @BeforeEach
    void load() {
        f = TimelineFixture.seeds(folder, "en");
        vm = f.vm;
        vm.load();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<Conference> shown() {
        return vm.layoutProperty().get().conferences();
    }

    @Test
    void loadsTheFiveSeedConferencesOldestFirstWithOneLanePerKind() {
        assertThat(shown()).extracting(c -> c.date().iso())
                .containsExactly("2020", "2021-06-21", "2021-08-17", "2021-12-29", "2024-11-20");
        assertThat(vm.lanesProperty().get()).containsExactly(SIX_MONTH_REVIEW, ANNUAL_NATIONAL, THEMATIC_REVIEW, ONLINE);
        assertThat(vm.emptyProperty().get()).isFalse();
    }

    @Test
    void showsAllOf2020To2024ByDefault() {
        var w = vm.windowProperty().get();
        assertThat(w.startDay()).isLessThanOrEqualTo(LocalDate.of(2020, 1, 1).toEpochDay());
        assertThat(w.endDay()).isGreaterThanOrEqualTo(LocalDate.of(2025, 1, 1).toEpochDay());
        assertThat(w.days()).isLessThan(6 * 366);
    }

    @Test
    void extendsTheDefaultWindowToConferencesOutside2020To2024() {
        f.library.add("2018 review", SeedLibrary.meta("2018", PartialDate.ofDay(2018, 7, 2), SIX_MONTH_REVIEW));
        vm.load();

        assertThat(vm.windowProperty().get().startDay()).isLessThanOrEqualTo(LocalDate.of(2018, 1, 1).toEpochDay());
    }

    @Test
    void zoomsAroundTheCentreAndPans() {
        var before = vm.windowProperty().get();

        vm.navigation().zoomIn();
        var zoomed = vm.windowProperty().get();
        assertThat(zoomed.days()).isCloseTo(before.days() / TimelineNavigation.ZOOM_STEP, within(1e-6));
        assertThat(zoomed.center()).isCloseTo(before.center(), within(1e-6));

        vm.navigation().panBy(0.25);
        assertThat(vm.windowProperty().get().startDay()).isCloseTo(zoomed.startDay() + zoomed.days() / 4, within(1e-6));
    }

    @Test
    void zoomStopsAtTwoWeeks() {
        for (int i = 0; i < 40; i++) vm.navigation().zoomIn();

        assertThat(vm.windowProperty().get().days()).isCloseTo(TimelineNavigation.MIN_DAYS, within(1e-6));
    }

    @Test
    void oneYearPresetShowsTheFocusedConferencesYear() {
        vm.navigation().focus(4);
        vm.navigation().showOneYear();

        var w = vm.windowProperty().get();
        assertThat(LocalDate.ofEpochDay((long) w.center()).getYear()).isEqualTo(2024);
        assertThat(w.days()).isBetween(365.0, 380.0);
    }

    @Test
    void focusMovesBetweenConferencesAndPansToAnOffscreenOne() {
        vm.navigation().focus(0);
        vm.navigation().showOneYear();
        vm.navigation().focus(-1);
        vm.navigation().focusNext();
        assertThat(vm.focusedIndexProperty().get()).isZero();

        vm.navigation().focusNext();
        vm.navigation().focusNext();
        vm.navigation().focusNext();

        assertThat(vm.focusedIndexProperty().get()).isEqualTo(3);
        Conference focused = vm.navigation().focusedConference();
        var w = vm.windowProperty().get();
        assertThat(focused.date().firstDay().toEpochDay()).isBetween((long) w.startDay(), (long) w.endDay());
    }

    @Test
    void tabLeavesTheTimelineAfterTheLastConference() {
        vm.navigation().focus(4);

        assertThat(vm.navigation().canMove(1)).isFalse();
        assertThat(vm.navigation().canMove(-1)).isTrue();
    }

    @Test
    void openingAConferenceWithOneArticleOpensItInTheReader() {
        vm.navigation().focus(3);
        vm.openFocused();

        assertThat(f.navigator.openedDocuments).containsExactly(f.library.idOf("002_c69ccf0290f8bbb5.txt"));
        assertThat(vm.documentChoiceProperty().get()).isEmpty();
    }

    @Test
    void openingAConferenceWithSeveralArticlesOffersAChoice() {
        long second = f.library.add("Bế mạc hội nghị", SeedLibrary.meta("Bế mạc", PartialDate.ofMonth(2021, 12), ANNUAL_NATIONAL));
        vm.load();
        vm.navigation().focus(3);

        vm.openFocused();

        assertThat(f.navigator.openedDocuments).isEmpty();
        assertThat(vm.documentChoiceProperty().get()).hasSize(2);
        vm.openDocument(second);
        assertThat(f.navigator.openedDocuments).containsExactly(second);
        assertThat(vm.documentChoiceProperty().get()).isEmpty();
    }

    @Test
    void hidingAKindRemovesItsLaneAndKeepsTheFocusOnTheSameConference() {
        vm.navigation().focus(4);
        Conference focused = vm.navigation().focusedConference();

        vm.setKindShown(ONLINE, false);

        assertThat(vm.lanesProperty().get()).doesNotContain(ONLINE);
        assertThat(shown()).extracting(Conference::kind).doesNotContain(ONLINE);
        assertThat(vm.navigation().focusedConference()).isEqualTo(focused);
    }

    @Test
    void themeFilterKeepsOnlyConferencesWhoseArticlesHaveTheTheme() {
        vm.setThemeShown(f.covid.id(), true);

        assertThat(shown()).extracting(c -> c.date().iso()).containsExactly("2021-06-21", "2021-08-17");
        assertThat(vm.trendProperty().get().themes()).extracting(t -> t.name()).contains("Covid-19");
    }

    @Test
    void heatMapCountsThemesPerQuarterAndACellOpensTheThemeBrowserForItsPeriod() {
        var trend = vm.trendProperty().get();
        int q3of2021 = trend.periods().indexOf(new Period(2021, 3));
        assertThat(trend.count(f.covid.id(), q3of2021)).isEqualTo(6);

        vm.openThemeCell(f.covid.id(), new Period(2021, 3));

        assertThat(f.navigator.themeBrowsers).containsExactly(new RecordingNavigator.ThemeBrowser(
                Set.of(f.covid.id()), PartialDate.ofMonth(2021, 7), PartialDate.ofMonth(2021, 9)));
    }

    @Test
    void partialDatesAreDescribedAsSpansNotAsTheFirstOfJanuary() {
        Conference yearOnly = shown().get(0);

        String tooltip = vm.text().tooltip(yearOnly, 0);

        assertThat(tooltip).contains("only the year is known").doesNotContain("01/01/2020");
    }

    @Test
    void renamingAndRedatingAConferenceShowsAtOnceAndKeepsTheWindow() {
        vm.navigation().zoomIn();
        var window = vm.windowProperty().get();
        long id = shown().get(0).id();

        vm.rename(id, "Sơ kết 6 tháng đầu năm 2020");
        vm.redate(id, "2020-07");

        Conference renamed = shown().get(0);
        assertThat(renamed.title()).isEqualTo("Sơ kết 6 tháng đầu năm 2020");
        assertThat(renamed.date()).isEqualTo(PartialDate.ofMonth(2020, 7));
        assertThat(vm.windowProperty().get()).isEqualTo(window);
    }

    @Test
    void refusesADateThatIsNotOne() {
        long id = shown().get(0).id();

        assertThat(vm.redate(id, "mid 2020")).isFalse();

        assertThat(vm.errorProperty().get()).contains("YYYY-MM-DD");
        assertThat(shown().get(0).date()).isEqualTo(PartialDate.ofYear(2020));
    }

    @Test
    void mergingAndSplittingOffFromTheMenuActions() {
        long june = shown().get(1).id();
        long online = shown().get(2).id();
        long onlineDoc = shown().get(2).docIds().get(0);

        vm.merge(june, online);
        assertThat(shown()).hasSize(4);

        vm.splitOff(june, onlineDoc);
        assertThat(shown()).hasSize(5);
    }

    @Test
    void aFifthPickIsRefusedWithAMessageThatFourIsTheMost() {
        List<Conference> all = shown();
        for (int i = 0; i < 4; i++) vm.toggleSelected(all.get(i));
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.selection().canCompareProperty().get()).isTrue();

        vm.toggleSelected(all.get(4));

        assertThat(vm.selection().ids()).hasSize(4).doesNotContain(all.get(4).id());
        assertThat(vm.errorProperty().get()).isEqualTo("At most 4 conferences can be compared. Ctrl+click a picked one to unpick it first.");
        vm.toggleSelected(all.get(0));
        assertThat(vm.errorProperty().get()).isNull();
        vm.toggleSelected(all.get(4));
        assertThat(vm.selection().ids()).hasSize(4).contains(all.get(4).id());
    }

    @Test
    void comparingNeedsTwoPicksAndSaysSo() {
        vm.toggleSelected(shown().get(2));
        vm.compareSelected();

        assertThat(f.navigator.comparisons).isEmpty();
        assertThat(vm.errorProperty().get()).isEqualTo("Pick 2 to 4 conferences with Ctrl+click or Ctrl+Space, then Compare.");
        vm.toggleSelected(shown().get(0));
        vm.compareSelected();
        assertThat(f.navigator.comparisons).containsExactly(List.of(shown().get(0).id(), shown().get(2).id()));
    }

    @Test
    void aPickedConferenceThatAMergeTakesAwayIsUnpicked() {
        long june = shown().get(1).id();
        long online = shown().get(2).id();
        vm.toggleSelected(shown().get(1));
        vm.toggleSelected(shown().get(2));

        vm.merge(june, online);

        assertThat(vm.selection().ids()).containsExactly(june);
        assertThat(vm.selection().canCompareProperty().get()).isFalse();
    }

    @Test
    void reportsALibraryThatCannotBeRead() {
        ConferenceStore broken = new ConferenceStore() {
            @Override public List<StoredConference> findAll() { throw new IllegalStateException("disk on fire"); }
            @Override public List<StoredConference> replaceAll(List<StoredConference> c) { return c; }
            @Override public java.util.Map<Long, String> documentTitles() { return java.util.Map.of(); }
        };
        var annotations = new InMemoryAnnotations();
        var service = new TimelineService(new ConferenceService(broken, f.library.documents, f.library.changes), f.library.documents, annotations, annotations.themes());
        var failing = new TimelineViewModel(service, new SameThreadBackgroundTasks(), f.navigator, I18n.forLanguage("en"),
                new FxLibraryChanges(f.library.changes, Runnable::run));

        failing.load();

        assertThat(failing.errorProperty().get()).contains("disk on fire");
        assertThat(failing.loadingProperty().get()).isFalse();
    }

    @Test
    void emptyLibraryShowsTheEmptyState(@TempDir Path other) {
        try (var empty = TimelineFixture.empty(other)) {
            empty.vm.load();
            assertThat(empty.vm.emptyProperty().get()).isTrue();
            assertThat(empty.vm.windowProperty().get().startDay()).isLessThanOrEqualTo(LocalDate.of(2020, 1, 1).toEpochDay());
        }
    }

    @Test
    void aDocumentImportedElsewhereAppearsWithoutMovingTheWindow() {
        var window = vm.windowProperty().get();
        long added = f.library.add("Hội nghị mới", dev.annals.logic.timeline.SeedLibrary.meta("Hội nghị mới", PartialDate.ofDay(2022, 5, 4),
                dev.annals.model.ConferenceKind.OTHER));
        f.library.changes.publish(dev.annals.logic.changes.LibraryChange.documentsAdded(java.util.Set.of(added)));
        assertThat(shown()).hasSize(6);
        assertThat(vm.windowProperty().get()).isEqualTo(window);
    }

    @Test
    void aConferenceRenamedElsewhereShowsItsNewName() {
        long id = shown().get(0).id();
        f.library.conferences.rename(id, "Đổi tên từ dòng lệnh");
        assertThat(shown().get(0).title()).isEqualTo("Đổi tên từ dòng lệnh");
    }
}
