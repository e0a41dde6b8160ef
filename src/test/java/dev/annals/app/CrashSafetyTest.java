package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.Hashing;
import dev.annals.model.CodePoints;
import dev.annals.model.Document;
import dev.annals.model.DocumentSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An import killed part-way leaves a library that opens, with every document either complete or absent. */
class CrashSafetyTest {

    private static final int FILES = 3000;

    @TempDir
    Path dir;

    @Test
    void libraryIsConsistentAfterTheImportProcessIsKilled() throws Exception {
        Path folder = generateArticles(dir.resolve("articles"));
        Path library = dir.resolve("library");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--library", library.toString(), "import", folder.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        boolean killedMidImport;
        try {
            waitForFirstImportedBatch(library.resolve("library.db"), child);
            killedMidImport = child.isAlive();
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(killedMidImport).as("the child was still importing when killed").isTrue();

        try (LibrarySession session = new SessionFactory(Clock.systemUTC(), false).open(library)) {
            var documents = session.documents();
            assertThat(documents.count()).isGreaterThan(0).isLessThan(FILES + 5);
            for (DocumentSummary summary : documents.list()) {
                Document doc = documents.find(summary.id()).orElseThrow();
                assertThat(doc.sha256()).isEqualTo(Hashing.sha256(doc.text()));
                assertThat(doc.chars()).isEqualTo(CodePoints.length(doc.text()));
                assertThat(documents.originalBytes(doc.id())).isPresent().get()
                        .satisfies(bytes -> assertThat(bytes.length).isPositive());
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library.resolve("library.db"));
             Statement st = c.createStatement()) {
            assertThat(st.executeQuery("PRAGMA integrity_check").getString(1)).isEqualTo("ok");
            assertThat(st.executeQuery("SELECT count(*) FROM documents d WHERE NOT EXISTS"
                    + " (SELECT 1 FROM document_originals o WHERE o.doc_id = d.id)").getInt(1)).isZero();
        }
    }

    private static Path generateArticles(Path folder) throws Exception {
        Files.createDirectories(folder);
        String paragraph = "Công an các đơn vị, địa phương tiếp tục triển khai đồng bộ các giải pháp bảo đảm an ninh, trật tự. ";
        for (int i = 0; i < FILES; i++) {
            String text = "Bài báo số " + i + " về hội nghị của Bộ Công an\n\nNgày " + (i % 28 + 1) + "/" + (i % 12 + 1) + "/2021, "
                    + paragraph.repeat(20 + i % 10) + "\n\nMã bài " + i + ".\n";
            Files.writeString(folder.resolve(String.format("article-%05d.txt", i)), text, StandardCharsets.UTF_8);
        }
        return folder;
    }

    /** Waits until the child has committed a batch of imported files (beyond the five bundled articles). */
    private static void waitForFirstImportedBatch(Path db, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (Files.exists(db) && importedCount(db) > 5) return;
            Thread.sleep(10);
        }
    }

    private static int importedCount(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM documents")) {
            return rs.getInt(1);
        } catch (SQLException e) {
            return 0; // not created yet, or busy
        }
    }
}
