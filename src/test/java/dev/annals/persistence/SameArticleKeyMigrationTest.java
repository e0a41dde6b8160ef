package dev.annals.persistence;

import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.logic.text.Folding;
import dev.annals.model.DocumentMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SameArticleKeyMigrationTest {

    @TempDir
    Path dir;

    private static NewDocument doc(String text) {
        return new NewDocument(new DocumentMetadata("t", null, null, null, List.of()), text, Hashing.sha256(text),
                text.codePointCount(0, text.length()), "a.txt", text.getBytes(StandardCharsets.UTF_8), Instant.now(), Folding.fold(text));
    }

    @Test
    void upgradingFillsTheWordsKeyOfDocumentsStoredBeforeIt() throws Exception {
        String withBlankLines = "Thứ Tư, 20/11/2024\n\nCông an xã gần dân.";
        String other = "Hội nghị Công an toàn quốc lần thứ 77.";
        List<Long> ids;
        try (Database db = Database.open(dir)) {
            ids = new SqliteDocumentStore(db).insertAll(List.of(doc(withBlankLines), doc(other)));
        }
        // back to version 8: without the words key, the later memo columns (migration 10), people edits (11) and grouping state (13)
        DatabaseTest.undoGroupingState(dir.resolve("library.db"));
        DatabaseTest.sql(dir.resolve("library.db"), "DROP INDEX documents_words_key",
                "ALTER TABLE documents DROP COLUMN words_key", "DROP INDEX memos_conference", "ALTER TABLE memos DROP COLUMN conference_id",
                "ALTER TABLE memos DROP COLUMN updated", "ALTER TABLE memos DROP COLUMN former_conference", "DROP TABLE people_edits", "PRAGMA user_version = 8");

        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            Map<String, Long> found = new SqliteDocumentStore(db).findIdsByWordsKey(
                    List.of(Hashing.wordsKey("Thứ Tư, 20/11/2024\nCông an xã gần dân."), Hashing.wordsKey(other), Hashing.wordsKey("khác")));
            assertThat(found).containsOnly(Map.entry(Hashing.wordsKey(withBlankLines), ids.get(0)),
                    Map.entry(Hashing.wordsKey(other), ids.get(1)));
        }
    }

    @Test
    void correctingATextKeepsItsWordsKeyTrue() {
        try (Database db = Database.open(dir)) {
            SqliteDocumentStore store = new SqliteDocumentStore(db);
            long id = store.insertAll(List.of(doc("Công an xã gần dân."))).get(0);
            String corrected = "Công an xã thật sự gần dân.";
            store.updateText(id, corrected, Hashing.sha256(corrected), corrected.length());
            assertThat(store.findIdsByWordsKey(List.of(Hashing.wordsKey(corrected)))).containsValue(id);
            assertThat(store.findIdsByWordsKey(List.of(Hashing.wordsKey("Công an xã gần dân.")))).isEmpty();
        }
    }
}
