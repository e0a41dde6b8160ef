package dev.annals.ui.export;

import dev.annals.logic.export.ExportFormat;
import dev.annals.logic.export.InMemoryLibrary;
import dev.annals.model.PartialDate;
import dev.annals.model.Theme;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ExportViewModelTest {

    @TempDir
    Path dir;

    private final InMemoryLibrary library = new InMemoryLibrary();
    private final LastFolder lastFolder = new InMemoryLastFolder();
    private ExportViewModel model;
    private Theme security;

    @BeforeEach
    void setUp() {
        long doc2021 = library.addDocument("Hội nghị 2021", PartialDate.ofDay(2021, 12, 29), "An ninh trật tự được bảo đảm. Công an xã chính quy.");
        long doc2020 = library.addDocument("Sơ kết 2020", PartialDate.ofYear(2020), "Phòng chống tội phạm ma túy.");
        security = library.addTheme("An ninh trật tự", "#E53935", null);
        Theme crime = library.addTheme("Tội phạm", "#1E88E5", null);
        library.annotate(doc2021, security, "An ninh trật tự", "ghi chú");
        library.annotate(doc2021, security, "Công an xã", "");
        library.annotate(doc2020, crime, "tội phạm", "=1+1");
        lastFolder.remember(dir);
        model = new ExportViewModel(library.exporter(), library.themeStore::findAll, library.documentStore::list,
                new SameThreadBackgroundTasks(), new I18n(Locale.ENGLISH), lastFolder);
        model.load();
    }

    @Test
    void loadsListsAndPreviewsEverything() {
        assertThat(model.themes()).hasSize(2);
        assertThat(model.documents()).hasSize(2);
        assertThat(model.previewProperty().get()).isEqualTo(3);
        assertThat(model.messageProperty().get()).isEqualTo("3 notes will be exported.");
        assertThat(model.targetProperty().get()).isEqualTo(dir.resolve("notes.md"));
    }

    @Test
    void previewFollowsTheScope() {
        model.scopeKindProperty().set(ScopeKind.THEMES);
        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.INVALID);
        assertThat(model.messageProperty().get()).isEqualTo("Choose at least one theme.");
        model.themeIds().add(security.id());
        assertThat(model.previewProperty().get()).isEqualTo(2);
        model.scopeKindProperty().set(ScopeKind.DATES);
        model.fromProperty().set("2021-12");
        assertThat(model.previewProperty().get()).isEqualTo(2);
        model.toProperty().set("2021-13");
        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.INVALID);
        assertThat(model.messageProperty().get()).contains("2021-13").contains("YYYY-MM");
        model.scopeKindProperty().set(ScopeKind.DOCUMENT);
        assertThat(model.previewProperty().get()).isEqualTo(2);
        model.formatProperty().set(ExportFormat.QDC);
        assertThat(model.messageProperty().get()).isEqualTo("2 themes will be exported.");
    }

    @Test
    void changingTheFormatChangesTheFileExtension() {
        model.formatProperty().set(ExportFormat.CSV);
        assertThat(model.targetProperty().get()).isEqualTo(dir.resolve("notes.csv"));
        model.chooseTarget(dir.resolve("sub/report.md"));
        model.formatProperty().set(ExportFormat.JSONLD);
        assertThat(model.targetProperty().get()).isEqualTo(dir.resolve("sub/report.jsonld"));
        assertThat(lastFolder.get()).contains(dir.resolve("sub"));
    }

    @Test
    void exportsAndAsksBeforeReplacingAnExistingFile() throws Exception {
        model.formatProperty().set(ExportFormat.CSV);
        model.typeTarget("notes.csv");
        model.export(false);
        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        assertThat(model.messageProperty().get()).isEqualTo("Exported 3 notes to " + dir.resolve("notes.csv") + ".");
        assertThat(Files.readString(dir.resolve("notes.csv"))).contains("'=1+1");
        Files.writeString(dir.resolve("notes.csv"), "mine");
        model.export(false);
        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.CONFIRM_OVERWRITE);
        assertThat(dir.resolve("notes.csv")).hasContent("mine");
        model.export(true);
        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        assertThat(Files.readString(dir.resolve("notes.csv"))).startsWith("document,");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aFirstExportAsksWhereInsteadOfWritingToTheSuggestedFile() {
        assertThat(model.targetChosenProperty().get()).isFalse();
        model.export(false);
        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.CHOOSE_FILE);
        assertThat(model.messageProperty().get()).isEqualTo("Choose a file to export to.");
        assertThat(dir.resolve("notes.md")).doesNotExist();
    }

    @Test
    void aTypedPathIsReadFromTheLastFolderOrTheHomeFolder() {
        model.typeTarget("  reports/q4.md ");
        assertThat(model.targetProperty().get()).isEqualTo(dir.resolve("reports/q4.md"));
        assertThat(model.targetChosenProperty().get()).isTrue();
        model.typeTarget("~/annals-q4.md");
        assertThat(model.targetProperty().get()).isEqualTo(Path.of(System.getProperty("user.home"), "annals-q4.md"));
        model.typeTarget(dir.resolve("a/../b.md").toString());
        assertThat(model.targetProperty().get()).isEqualTo(dir.resolve("b.md"));
        model.typeTarget(" ");
        assertThat(model.targetProperty().get()).isNull();
        model.export(false);
        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.INVALID);
    }

    @Test
    void theFolderOfADoneExportIsRememberedForTheNextOne() {
        model.typeTarget(dir.resolve("elsewhere/notes.md").toString());
        model.export(false);
        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        assertThat(lastFolder.get()).contains(dir.resolve("elsewhere"));
    }

    @Test
    void explainsAFailureInOneSentence() {
        var empty = new InMemoryLibrary();
        var emptyModel = new ExportViewModel(empty.exporter(), empty.themeStore::findAll, empty.documentStore::list,
                new SameThreadBackgroundTasks(), I18n.forLanguage("vi"), lastFolder);
        emptyModel.load();
        emptyModel.formatProperty().set(ExportFormat.QDC);
        emptyModel.typeTarget("empty.qdc");
        emptyModel.export(false);
        assertThat(emptyModel.stateProperty().get()).isEqualTo(ExportViewModel.State.FAILED);
        assertThat(emptyModel.messageProperty().get()).isEqualTo("Chưa có chủ đề nào nên không có bộ mã để xuất.");
    }

    @Test
    void doesNotAskTwiceAboutAFileTheSaveDialogAlreadyConfirmed() throws Exception {
        Path chosen = dir.resolve("chosen.md");
        Files.writeString(chosen, "old");
        model.chooseTarget(chosen);
        model.export(false);
        assertThat(model.stateProperty().get()).isEqualTo(ExportViewModel.State.DONE);
        assertThat(Files.readString(chosen)).startsWith("# Notes");
    }
}
