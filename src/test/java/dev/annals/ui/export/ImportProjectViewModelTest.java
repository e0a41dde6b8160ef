package dev.annals.ui.export;

import dev.annals.app.SessionFactory;
import dev.annals.logic.LibrarySession;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SameThreadBackgroundTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ImportProjectViewModelTest {

    @TempDir
    Path dir;

    private Path project(String sources, String... files) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(("<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"><CodeBook><Codes><Code guid=\"k\" name=\"Ma túy\" isCodable=\"true\"/>"
                    + "</Codes></CodeBook><Sources>" + sources + "</Sources></Project>").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < files.length; i += 2) {
                zip.putNextEntry(new ZipEntry(files[i]));
                zip.write(files[i + 1].getBytes(StandardCharsets.UTF_8));
            }
        }
        return Files.write(dir.resolve("p.qdpx"), bytes.toByteArray());
    }

    @Test
    void saysWhatItImportedAndWhatItLeftOut() throws Exception {
        Path file = project("<TextSource guid=\"s\" name=\"Bài\" plainTextPath=\"internal://s.txt\"><PlainTextSelection guid=\"x\""
                + " startPosition=\"0\" endPosition=\"3\"><Coding guid=\"c\"><CodeRef targetGUID=\"k\"/></Coding></PlainTextSelection></TextSource>"
                + "<PictureSource guid=\"p\" name=\"ảnh.jpg\" path=\"internal://p.jpg\"/>", "sources/s.txt", "Bộ Công an họp.");
        try (LibrarySession session = new SessionFactory(Clock.systemUTC(), false).open(dir.resolve("lib"))) {
            java.util.List<dev.annals.logic.changes.LibraryChange> heard = new java.util.ArrayList<>();
            session.changes().subscribe(heard::add);
            var model = new ImportProjectViewModel(session.projects(), new SameThreadBackgroundTasks(), new I18n(Locale.ENGLISH));
            model.importFile(file);
            assertThat(model.failedProperty().get()).isFalse();
            assertThat(model.messageProperty().get()).startsWith("Sources: 1 imported, 0 merged, 1 left out. Codes: 1 imported")
                    .contains("Coded passages: 1 imported").contains("Left out:\n• ảnh.jpg: a picture source: Annals keeps text only");
            assertThat(heard).singleElement().satisfies(change -> {
                assertThat(change.changesDocuments()).isTrue();
                assertThat(change.changesAnnotations()).isTrue();
                assertThat(change.docIds()).hasSize(1);
            });
            assertThat(session.documents().count()).isEqualTo(1);
        }
    }

    @Test
    void saysInVietnameseWhyNothingWasImported() throws Exception {
        Path file = project("<TextSource guid=\"s\" name=\"Bài\" plainTextPath=\"internal://s.txt\"/>");
        try (LibrarySession session = new SessionFactory(Clock.systemUTC(), false).open(dir.resolve("lib"))) {
            var model = new ImportProjectViewModel(session.projects(), new SameThreadBackgroundTasks(), new I18n(Locale.forLanguageTag("vi")));
            model.importFile(file);
            assertThat(model.failedProperty().get()).isTrue();
            assertThat(model.messageProperty().get()).startsWith("Không nhập được gì: ").contains("sources/s.txt");
            assertThat(session.themes().list()).isEmpty();
        }
    }
}
