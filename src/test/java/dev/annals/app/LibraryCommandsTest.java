package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** annals library backups / restore / check / backup, end to end on real libraries. */
class LibraryCommandsTest {

    @TempDir
    Path work;
    private Path lib;

    private CliRun run(String... args) {
        return CliRun.on(lib, args);
    }

    private static JsonNode json(CliRun r) throws Exception {
        return new ObjectMapper().readTree(r.out());
    }

    @BeforeEach
    void libraryWithANote() {
        lib = work.resolve("lib");
        assertThat(run("annotate", "1", "--theme", "an ninh trật tự", "--quote", "an ninh", "--note", "ghi chú một").status()).isZero();
    }

    @Test
    void backupsAreListedNewestFirstWithTheirCounts() throws Exception {
        assertThat(run("library", "backup").status()).isZero();
        Files.createFile(lib.resolve("backups/library-20990101-000000-000-daily.db"));

        JsonNode list = json(run("library", "backups", "--json"));

        assertThat(list).hasSize(3);
        assertThat(list.get(0).path("usable").asBoolean()).isFalse();
        assertThat(list.get(0).path("problem").asText()).contains("empty");
        assertThat(list.get(1).path("why").asText()).isEqualTo("manual");
        assertThat(list.get(1).path("documents").asInt()).isEqualTo(5);
        assertThat(list.get(1).path("annotations").asInt()).isEqualTo(1);
        assertThat(run("library", "backups").out()).contains("5 documents, 1 annotations, 8 themes").contains("NOT USABLE");
    }

    @Test
    void checkSaysSoundAndExitsZeroThenThreeWhenDamaged() throws Exception {
        CliRun sound = run("library", "check", "--json");
        assertThat(sound.status()).isZero();
        assertThat(json(sound).path("intact").asBoolean()).isTrue();

        try (RandomAccessFile raf = new RandomAccessFile(lib.resolve("library.db").toFile(), "rw")) {
            for (long page = 3; page < raf.length() / 4096; page += 4) {
                raf.seek(page * 4096);
                raf.write(new byte[4096]);
            }
        }
        CliRun damaged = run("library", "check");
        assertThat(damaged.status()).isEqualTo(3);
        assertThat(damaged.err()).contains("annals library restore").doesNotContain("SQLITE_");
    }

    @Test
    void checkFindsASearchIndexOutOfStepAndExitsOne() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + lib.resolve("library.db")); Statement st = c.createStatement()) {
            st.execute("DELETE FROM search_fts WHERE rowid = 1");
        }
        CliRun r = run("library", "check", "--json");
        assertThat(r.status()).isEqualTo(1);
        assertThat(json(r).path("searchIndex").get(0).asText()).contains("missing from the search index");
    }

    @Test
    void restoreByNameMovesTheCurrentFileAsideAndBringsTheBackupBack() throws Exception {
        String name = json(run("library", "backup", "--json")).path("file").asText();
        assertThat(run("annotate", "2", "--theme", "an ninh trật tự", "--quote", "Công an", "--note", "ghi chú hai").status()).isZero();

        CliRun restored = run("library", "restore", "--json", Path.of(name).getFileName().toString());

        assertThat(restored.status()).as(restored.err()).isZero();
        Path aside = Path.of(json(restored).path("movedAside").asText());
        assertThat(aside.getFileName().toString()).startsWith("library-replaced-");
        assertThat(run("annotations").out()).contains("ghi chú một").doesNotContain("ghi chú hai");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + aside + "?mode=ro"); Statement st = c.createStatement()) {
            assertThat(st.executeQuery("SELECT count(*) FROM annotations").getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void restoreRefusesAnUnknownOrBrokenBackupAndChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(lib.resolve("library.db"));
        assertThat(run("library", "restore", "no-such-backup.db").status()).isEqualTo(3);
        Path broken = Files.writeString(work.resolve("broken.db"), "not a database");
        CliRun r = run("library", "restore", broken.toString());
        assertThat(r.status()).isEqualTo(3);
        assertThat(r.err()).contains("cannot be restored").contains("nothing was changed");
        assertThat(Files.readAllBytes(lib.resolve("library.db"))).isEqualTo(before);
        try (Stream<Path> files = Files.list(lib)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("library-replaced-"));
        }
    }

    @Test
    void aCommandThatChangedNothingMakesNoBackupAndOneThatChangedMakesOneAnHour() throws Exception {
        try (Stream<Path> files = Files.list(lib.resolve("backups"))) {
            assertThat(files.count()).isEqualTo(1); // the first command created, seeded and annotated
        }
        assertThat(run("list").status()).isZero();
        assertThat(run("annotate", "2", "--theme", "an ninh trật tự", "--quote", "Công an").status()).isZero();
        try (Stream<Path> files = Files.list(lib.resolve("backups"))) {
            assertThat(files.count()).as("at most one backup after work an hour").isEqualTo(1);
        }
    }

    @Test
    void libraryWithoutASubcommandIsAUsageError() {
        assertThat(run("library").status()).isEqualTo(2);
    }
}
