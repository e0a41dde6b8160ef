package dev.annals.ui.export;

import dev.annals.logic.export.ExportFormat;
import dev.annals.logic.export.ExportListener;
import dev.annals.logic.export.ExportOptions;
import dev.annals.logic.export.InMemoryLibrary;
import dev.annals.logic.export.ReportLabels;
import dev.annals.model.PartialDate;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ImportAnnotationsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void importsAnExportAndSaysWhatItPlaced() throws Exception {
        InMemoryLibrary source = new InMemoryLibrary();
        long doc = source.addDocument("Hội nghị", PartialDate.ofYear(2021), "An ninh trật tự được bảo đảm.");
        source.annotate(doc, source.addTheme("An ninh", "#E53935", null), "An ninh trật tự", "ghi chú");
        Path file = dir.resolve("notes.jsonld");
        source.exporter().export(ExportOptions.defaults(ExportFormat.JSONLD), file, false, ReportLabels.english(), ExportListener.NONE);
        InMemoryLibrary target = new InMemoryLibrary();
        target.addDocument("Hội nghị", PartialDate.ofYear(2021), "An ninh trật tự được bảo đảm.");

        var model = new ImportAnnotationsViewModel(target.importer(), new SameThreadBackgroundTasks(), new I18n(Locale.ENGLISH));
        model.importFile(file);

        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("Placed 1 note; 0 could not be placed, 0 were already there.");
        assertThat(target.annotationStore.count()).isEqualTo(1);
    }

    @Test
    void saysWhyAFileCannotBeRead() throws Exception {
        Path file = dir.resolve("bad.jsonld");
        Files.writeString(file, "{\"@context\": \"https://evil.example/ctx\"}");
        InMemoryLibrary target = new InMemoryLibrary();
        var model = new ImportAnnotationsViewModel(target.importer(), new SameThreadBackgroundTasks(), new I18n(Locale.ENGLISH));
        model.importFile(file);
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.messageProperty().get()).startsWith("This file cannot be imported: ").contains("never fetches remote contexts");
    }

    @Test
    void importingTheSameFileTwiceSaysTheNotesWereAlreadyThereInVietnamese() throws Exception {
        InMemoryLibrary source = new InMemoryLibrary();
        long doc = source.addDocument("Hội nghị", PartialDate.ofYear(2021), "An ninh trật tự được bảo đảm. Công an xã.");
        var theme = source.addTheme("An ninh", "#E53935", null);
        source.annotate(doc, theme, "An ninh trật tự", "");
        source.annotate(doc, theme, "Công an xã", "ghi chú");
        Path file = dir.resolve("twice.jsonld");
        source.exporter().export(ExportOptions.defaults(ExportFormat.JSONLD), file, false, ReportLabels.english(), ExportListener.NONE);
        InMemoryLibrary target = new InMemoryLibrary();
        target.addDocument("Hội nghị", PartialDate.ofYear(2021), "An ninh trật tự được bảo đảm. Công an xã.");
        var model = new ImportAnnotationsViewModel(target.importer(), new SameThreadBackgroundTasks(), I18n.forLanguage("vi"));

        model.importFile(file);
        assertThat(model.messageProperty().get()).isEqualTo("Đã đặt 2 ghi chú; 0 không đặt được, 0 đã có sẵn.");
        model.importFile(file);
        assertThat(model.messageProperty().get()).isEqualTo("Đã đặt 0 ghi chú; 0 không đặt được, 2 đã có sẵn.");
        assertThat(model.reportProperty().get().skipped()).isEqualTo(2);
        assertThat(target.annotationStore.count()).isEqualTo(2);
    }

    @Test
    void aQuoteThatIsNotInThisLibrarysTextIsCountedAsNotPlaced() throws Exception {
        InMemoryLibrary source = new InMemoryLibrary();
        long doc = source.addDocument("Hội nghị", PartialDate.ofYear(2021), "An ninh trật tự được bảo đảm.");
        source.annotate(doc, source.addTheme("An ninh", "#E53935", null), "được bảo đảm", "");
        Path file = dir.resolve("elsewhere.jsonld");
        source.exporter().export(ExportOptions.defaults(ExportFormat.JSONLD), file, false, ReportLabels.english(), ExportListener.NONE);
        InMemoryLibrary target = new InMemoryLibrary();
        target.addDocument("Hội nghị", PartialDate.ofYear(2021), "Văn bản đã khác hẳn.");

        var model = new ImportAnnotationsViewModel(target.importer(), new SameThreadBackgroundTasks(), new I18n(Locale.ENGLISH));
        model.importFile(file);
        assertThat(model.failedProperty().get()).isFalse();
        assertThat(model.reportProperty().get().anchored()).isZero();
        assertThat(model.messageProperty().get()).startsWith("Placed no notes;");
        assertThat(target.annotationStore.count()).isLessThanOrEqualTo(1);
    }
}
