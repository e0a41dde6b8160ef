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

    /** A JSON-LD export of a library holding one document with {@code text}, each quote tagged with one theme. */
    private Path exported(String file, String text, String... quotes) throws Exception {
        InMemoryLibrary source = new InMemoryLibrary();
        long doc = source.addDocument("Hội nghị", PartialDate.ofYear(2021), text);
        var theme = source.addTheme("An ninh", "#E53935", null);
        for (String quote : quotes) source.annotate(doc, theme, quote, "ghi chú");
        Path path = dir.resolve(file);
        source.exporter().export(ExportOptions.defaults(ExportFormat.JSONLD), path, false, ReportLabels.english(), ExportListener.NONE);
        return path;
    }

    @Test
    void importsAnExportAndSaysWhatItPlaced() throws Exception {
        Path file = exported("notes.jsonld", "An ninh trật tự được bảo đảm.", "An ninh trật tự");
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
        Path file = exported("twice.jsonld", "An ninh trật tự được bảo đảm. Công an xã.", "An ninh trật tự", "Công an xã");
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
        Path file = exported("elsewhere.jsonld", "An ninh trật tự được bảo đảm.", "được bảo đảm");
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
