package dev.annals.persistence;

import dev.annals.model.Memo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A library from before conference memos keeps its memos, each last changed when it was made. */
class MemosForConferencesMigrationTest {

    @TempDir
    Path dir;

    @Test
    void upgradingKeepsTheMemosAndDatesTheirLastChangeAtTheirCreation() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
        DatabaseTest.undoGroupingState(dir.resolve("library.db"));
        DatabaseTest.sql(dir.resolve("library.db"), "DROP INDEX memos_conference", "ALTER TABLE memos DROP COLUMN conference_id",
                "ALTER TABLE memos DROP COLUMN updated", "ALTER TABLE memos DROP COLUMN former_conference",
                "INSERT INTO memos(title, text, origin, created) VALUES ('Kế hoạch', 'viết trước khi nâng cấp', 'p.qdpx', '2024-01-02T03:04:05Z')",
                "DROP TABLE people_edits", "PRAGMA user_version = 9");

        try (Database db = Database.open(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(Migrations.latestVersion());
            Memo memo = new SqliteMemoStore(db).general().get(0);
            assertThat(memo.text()).isEqualTo("viết trước khi nâng cấp");
            assertThat(memo.updated()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
            assertThat(memo.conferenceId()).isNull();
            assertThat(memo.formerConference()).isEmpty();
        }
    }
}
