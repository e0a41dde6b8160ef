package dev.annals.ui.annotate;

import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.model.Span;
import dev.annals.model.Theme;
import dev.annals.testing.AnnotateLibrary;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ThemesViewModelTest {

    @TempDir
    Path folder;
    AnnotateLibrary lib;
    AnnotateServices services;
    RecordingNavigator navigator = new RecordingNavigator();
    ThemesViewModel model;
    long doc2020;
    long doc2021;
    Theme security;
    Theme commune;

    @BeforeEach
    void open() {
        lib = new AnnotateLibrary(folder);
        services = lib.services;
        doc2021 = lib.addDocument("Hội nghị 2021", "2021-01-12", "Công an xã chính quy bảo đảm an ninh trật tự ở cơ sở.");
        doc2020 = lib.addDocument("Hội nghị 2020", "2020-07-20", "Giữ vững an ninh trật tự, phòng chống tội phạm.");
        security = services.themes().create("an ninh trật tự", null, null, "Security and order");
        commune = services.themes().create("Công an xã", null, null, "Commune police");
        services.annotations().tagQuote(doc2021, security.id(), "an ninh trật tự", 1, null);
        services.annotations().tagQuote(doc2020, security.id(), "an ninh trật tự", 1, "ghi chú");
        services.annotations().tagQuote(doc2021, commune.id(), "Công an xã", 1, null);
        model = new ThemesViewModel(services, new SameThreadBackgroundTasks(), navigator, I18n.forLanguage("en"), new FxLibraryChanges(lib.changes, Runnable::run));
        model.reload();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void listsThemesWithCountsAndSubThemesIndented() {
        services.themes().create("Đề án 06", null, commune.id(), null);

        assertThat(model.themes()).extracting(r -> r.theme().name(), ThemeRow::count, ThemeRow::depth)
                .containsExactly(tuple("an ninh trật tự", 2, 0), tuple("Công an xã", 1, 0), tuple("Đề án 06", 0, 1));
    }

    @Test
    void browsesPassagesOfSelectedThemesGroupedByDocumentInDateOrder() {
        model.browsedThemeIds().setAll(security.id(), commune.id());

        assertThat(model.passages()).hasSize(5);
        assertThat(model.passages().get(0)).isInstanceOfSatisfying(BrowserItem.DocumentHeading.class, h -> {
            assertThat(h.document().id()).isEqualTo(doc2020);
            assertThat(h.passages()).isEqualTo(1);
        });
        assertThat(model.passages().get(2)).isInstanceOfSatisfying(BrowserItem.DocumentHeading.class,
                h -> assertThat(h.passages()).isEqualTo(2));
        assertThat(model.passageCountProperty().get()).isEqualTo(3);
        assertThat(model.documentCountProperty().get()).isEqualTo(2);
    }

    @Test
    void filtersBrowserByYear() {
        model.browsedThemeIds().setAll(security.id());
        model.yearProperty().set(2021);

        assertThat(model.years()).containsExactly(2020, 2021);
        assertThat(model.passages()).hasSize(2);
        assertThat(((BrowserItem.DocumentHeading) model.passages().get(0)).document().id()).isEqualTo(doc2021);
    }

    @Test
    void openingPassageNavigatesToItsRange() {
        model.browsedThemeIds().setAll(commune.id());
        BrowserItem.Passage passage = (BrowserItem.Passage) model.passages().get(1);

        model.openPassage(passage);

        assertThat(navigator.opened).containsExactly(new RecordingNavigator.Opened(doc2021, 0, 10));
    }

    @Test
    void deletingThemeRemovesItsPassagesAndUndoBringsThemBack() {
        model.browsedThemeIds().setAll(security.id(), commune.id());

        model.delete(security.id());
        assertThat(model.themes()).extracting(ThemeRow::id).containsExactly(commune.id());
        assertThat(model.passageCountProperty().get()).isEqualTo(1);
        assertThat(model.canUndoProperty().get()).isTrue();

        model.undo();
        assertThat(model.themes()).extracting(ThemeRow::id).containsExactly(security.id(), commune.id());
        assertThat(services.themes().counts()).containsEntry(security.id(), 2);
        assertThat(model.canRedoProperty().get()).isTrue();
    }

    @Test
    void showsDuplicateNameAsErrorMessage() {
        model.create("công an xã", null, null, null);

        assertThat(model.errorProperty().get()).isEqualTo("A theme with that name already exists.");
        assertThat(model.themes()).hasSize(2);
    }

    @Test
    void reloadsWhenReaderChangesAnnotations() {
        model.browsedThemeIds().setAll(commune.id());

        services.annotations().tag(doc2020, commune.id(), new Span(0, 7), null);

        assertThat(model.passageCountProperty().get()).isEqualTo(2);
    }

    @Test
    void listsOrphansAndOpensTheirDocument() {
        services.textCorrection().correctText(doc2021, "Văn bản đã được thay thế hoàn toàn bằng một nội dung khác.");

        assertThat(model.orphans()).hasSize(2);
        model.openOrphanDocument(model.orphans().get(0));
        assertThat(navigator.opened).containsExactly(new RecordingNavigator.Opened(doc2021, 0, 0));
        model.deleteOrphan(model.orphans().get(0).annotation().id());
        assertThat(model.orphans()).hasSize(1);
    }

    @Test
    void recoloursAndReordersThemes() {
        model.recolor(commune.id(), "#CC6677");
        model.move(commune.id(), -1);

        assertThat(model.themes()).extracting(r -> r.theme().name()).containsExactly("Công an xã", "an ninh trật tự");
        assertThat(model.themes().get(0).theme().color()).isEqualTo("#CC6677");
    }

    @Test
    void browsingParentThemeAlsoShowsPassagesOfItsSubThemes() {
        Theme regular = services.themes().create("Công an xã chính quy", null, commune.id(), null);
        services.annotations().tagQuote(doc2021, regular.id(), "chính quy", 1, null);

        model.browsedThemeIds().setAll(commune.id());

        assertThat(model.passageCountProperty().get()).isEqualTo(2);
    }

    @Test
    void browseRequestWithinOneYearFiltersByThatYear() {
        model.browse(java.util.List.of(security.id()), dev.annals.model.PartialDate.ofYear(2020), dev.annals.model.PartialDate.ofDay(2020, 12, 31));

        assertThat(model.yearProperty().get()).isEqualTo(2020);
        assertThat(model.passageCountProperty().get()).isEqualTo(1);
        assertThat(((BrowserItem.DocumentHeading) model.passages().get(0)).document().id()).isEqualTo(doc2020);
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    @Test
    void aTagMadeInTheReaderShowsInTheCountsAndThePassagesAtOnce() {
        model.browsedThemeIds().setAll(commune.id());
        assertThat(model.passageCountProperty().get()).isEqualTo(1);
        services.annotations().tagQuote(doc2020, commune.id(), "phòng chống", 1, null);
        assertThat(model.passageCountProperty().get()).isEqualTo(2);
        assertThat(model.themes()).filteredOn(r -> r.id() == commune.id()).singleElement().extracting(ThemeRow::count).isEqualTo(2);
        assertThat(model.canUndoProperty().get()).isTrue();
    }

    @Test
    void aThemeStandsForItsSubThemesInTheBrowser() {
        var regular = services.themes().create("Công an xã chính quy", null, commune.id(), null);
        services.annotations().tagQuote(doc2021, regular.id(), "chính quy", 1, null);
        model.browsedThemeIds().setAll(commune.id());
        assertThat(model.passageCountProperty().get()).isEqualTo(2);
    }

    @Test
    void browsingAThemeInAYearSetsBothTheSelectionAndTheYear() {
        model.browse(java.util.List.of(security.id()), 2020);
        assertThat(model.browsedThemeIds()).containsExactly(security.id());
        assertThat(model.yearProperty().get()).isEqualTo(2020);
        assertThat(model.passageCountProperty().get()).isEqualTo(1);
        model.browse(java.util.List.of(security.id()), dev.annals.model.PartialDate.ofMonth(2021, 1), dev.annals.model.PartialDate.ofMonth(2021, 3));
        assertThat(model.yearProperty().get()).isEqualTo(2021);
        model.browse(java.util.List.of(security.id()), dev.annals.model.PartialDate.ofYear(2020), dev.annals.model.PartialDate.ofYear(2021));
        assertThat(model.yearProperty().get()).as("a range over two years shows every year").isNull();
    }
}
