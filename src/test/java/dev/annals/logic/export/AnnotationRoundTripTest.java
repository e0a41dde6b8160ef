package dev.annals.logic.export;

import dev.annals.model.Annotation;
import dev.annals.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AnnotationRoundTripTest {

    @TempDir
    Path dir;

    private final ExportFixture fixture = new ExportFixture();

    private Path exportAll() throws IOException {
        Path file = dir.resolve("notes.jsonld");
        fixture.exporter().export(ExportOptions.defaults(ExportFormat.JSONLD), file, true, ReportLabels.english(), ExportListener.NONE);
        return file;
    }

    /** The same documents, imported in another order, so their ids differ. */
    private InMemoryLibrary freshLibraryWithTheSameDocuments() {
        InMemoryLibrary fresh = new InMemoryLibrary();
        fresh.addDocument("unrelated", null, "Một văn bản khác hẳn.");
        fixture.library.docs.values().stream().sorted((a, b) -> Long.compare(b.id(), a.id()))
                .forEach(d -> fresh.addDocument(d.title(), d.date(), d.text()));
        return fresh;
    }

    private static Set<String> content(InMemoryLibrary library) {
        return library.annotations.values().stream().map(a -> describe(library, a)).collect(Collectors.toSet());
    }

    private static String describe(InMemoryLibrary library, Annotation a) {
        Document doc = library.docs.get(a.docId());
        return doc.sha256() + "|" + library.themes.get(a.themeId()).name() + "|" + a.anchor().start() + "-" + a.anchor().end()
                + "|" + a.anchor().exact() + "|" + a.anchor().prefix() + "|" + a.anchor().suffix() + "|" + a.note() + "|" + a.status();
    }

    @Test
    void jsonLdIntoAFreshLibraryLosesNothing() throws IOException {
        InMemoryLibrary fresh = freshLibraryWithTheSameDocuments();
        AnnotationImportReport report = fresh.importer().importFile(exportAll());
        assertThat(report.anchored()).isEqualTo(5);
        assertThat(report.complete()).isTrue();
        assertThat(report.themesCreated()).isEqualTo(3);
        assertThat(fresh.themes.values()).extracting(t -> t.name()).containsExactlyInAnyOrder("An ninh trật tự", "=cmd|' /C calc'!A0", "Công an xã");
        assertThat(content(fresh)).isEqualTo(content(fixture.library));
    }

    @Test
    void importingTheSameFileTwiceSkipsWhatIsAlreadyThere() throws IOException {
        InMemoryLibrary fresh = freshLibraryWithTheSameDocuments();
        Path file = exportAll();
        fresh.importer().importFile(file);
        AnnotationImportReport again = fresh.importer().importFile(file);
        assertThat(again.anchored()).isZero();
        assertThat(again.skipped()).isEqualTo(5);
        assertThat(again.themesCreated()).isZero();
        assertThat(fresh.annotations).hasSize(5);
    }

    @Test
    void reanchorsByQuoteWhenTheTextChangedAndReportsWhatItCannotPlace() throws IOException {
        Path file = exportAll();
        InMemoryLibrary edited = new InMemoryLibrary();
        edited.addDocument("edited", null, "Lời mở đầu mới.\n" + ExportFixture.VIETNAMESE.replace("Hội nghị Công an toàn quốc", "Hội nghị"));
        AnnotationImportReport report = edited.importer().importFile(file);
        assertThat(report.anchored()).isEqualTo(2);
        assertThat(report.orphaned()).isZero();
        assertThat(report.unknownDocuments()).isEqualTo(3);
        assertThat(report.details()).extracting(ImportDetail::status)
                .containsExactlyInAnyOrder("unknown-document", "unknown-document", "anchored", "anchored", "unknown-document");
        Annotation moved = edited.annotations.values().stream().filter(a -> a.anchor().exact().startsWith("bảo đảm")).findFirst().orElseThrow();
        String text = edited.docs.values().iterator().next().text();
        assertThat(dev.annals.model.CodePoints.substring(text, moved.anchor().start(), moved.anchor().end()))
                .isEqualTo("bảo đảm an ninh, trật tự\" 😃 là nhiệm vụ 𝔸");
        assertThat(moved.note()).isEqualTo(ExportFixture.TRICKY_NOTE);
    }

    @Test
    void keepsAnUnplaceableQuoteOfAKnownDocumentAsAnOrphanAndUndoesTheImportInOneStep() throws IOException {
        InMemoryLibrary fresh = freshLibraryWithTheSameDocuments();
        long conference = fresh.docs.values().stream().filter(d -> d.text().equals(ExportFixture.VIETNAMESE)).findFirst().orElseThrow().id();
        Path file = exportAll();
        String json = java.nio.file.Files.readString(file).replace("=SUM(A1:A9) không phải công thức", "một câu không có trong văn bản");
        java.nio.file.Files.writeString(file, json);
        var services = fresh.annotateServices();
        AnnotationImportReport report = new AnnotationImportService(fresh.documentStore, services).importFile(file);
        assertThat(report.anchored()).isEqualTo(4);
        assertThat(report.orphaned()).isEqualTo(1);
        assertThat(report.details()).filteredOn(d -> d.status().equals("orphaned")).singleElement()
                .satisfies(d -> assertThat(d.docId()).isEqualTo(conference));
        assertThat(fresh.annotations.values()).filteredOn(a -> a.status() == dev.annals.model.AnchorStatus.ORPHANED).hasSize(1);
        services.undoHistory().undo();
        assertThat(fresh.annotations).isEmpty();
    }
}
