package dev.annals.ui.library;

import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.model.DocumentMetadata;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteDocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OriginalFileTest {

    @TempDir
    Path dir;

    private static NewDocument doc(String text, String name, byte[] bytes) {
        return new NewDocument(DocumentMetadata.empty(), text, Hashing.sha256(text), text.length(), name, bytes, Instant.now());
    }

    @Test
    void aTextOriginalIsShownAsTextAndADocumentFileOnlyOpensInItsApp() throws Exception {
        try (Database db = Database.open(dir.resolve("lib"))) {
            SqliteDocumentStore store = new SqliteDocumentStore(db);
            byte[] pdf = "%PDF-1.7 binary".getBytes(StandardCharsets.ISO_8859_1);
            List<Long> ids = store.insertAll(List.of(doc("Văn bản", "bai.txt", "Văn bản".getBytes(StandardCharsets.UTF_8)),
                    doc("Tài liệu", "bai.PDF", pdf), doc("Chương", "sach.epub#chap 1.xhtml", "<h1>Chương</h1>".getBytes(StandardCharsets.UTF_8))));

            DocumentService documents = new DocumentService(store, new LibraryChanges());
            OriginalFile text = OriginalFile.load(documents, ids.get(0));
            OriginalFile document = OriginalFile.load(documents, ids.get(1));
            OriginalFile chapter = OriginalFile.load(documents, ids.get(2));

            assertThat(text.text()).isEqualTo("Văn bản");
            assertThat(document.text()).isNull();
            assertThat(document.file().toString()).endsWith(".PDF");
            assertThat(Files.readAllBytes(document.file())).isEqualTo(pdf);
            assertThat(chapter.text()).isEqualTo("<h1>Chương</h1>");
            assertThat(chapter.file().toString()).endsWith(".xhtml");
        }
    }
}
