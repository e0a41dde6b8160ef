package dev.annals.app.drill;

import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import dev.annals.model.Annotation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crash drill: a child JVM doing import, annotate, export, backup or restore is killed (SIGKILL) at a random
 * moment; then the library must open, pass PRAGMA integrity_check and hold every note committed before the kill.
 * The damage drills are in {@link DamageDrillTest}. Counts are printed at the end.
 */
class CrashAndDamageDrillTest {

    static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();
    private static final int TRIALS = 4;
    private static final Random RANDOM = new Random(Long.getLong("annals.drill.seed", System.nanoTime()));

    @TempDir
    static Path work;
    private static Path template;
    private static Set<String> committed;

    @BeforeAll
    static void makeTemplate() throws Exception {
        template = work.resolve("template");
        try (LibrarySession session = TestLibraries.openSeeded(template)) {
            long theme = session.themes().list().get(0).id();
            for (int i = 0; i < 5; i++) session.annotations().tagQuote(1 + i, theme, "Công an", 1, "trước sao lưu " + i);
        } // a backup after work holds these five
        try (LibrarySession session = TestLibraries.openSeeded(template)) {
            long theme = session.themes().list().get(0).id();
            for (int i = 0; i < 3; i++) session.annotations().tagQuote(1 + i, theme, "an ninh", 1, "sau sao lưu " + i);
        }
        committed = notesIn(template.resolve("library.db"));
        Path articles = Files.createDirectories(work.resolve("articles"));
        for (int i = 0; i < 400; i++) {
            Files.writeString(articles.resolve("a" + i + ".txt"), "Bài " + i + "\n\nNgày " + (i % 28 + 1) + "/3/2022, Công an tỉnh họp. "
                    .repeat(40), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void report() {
        print();
    }

    static void print() {
        System.out.println("crash and damage drill: " + new java.util.TreeMap<>(COUNTS));
    }

    @Test
    void killedImportsLeaveASoundLibraryWithEveryNote() throws Exception {
        drill("import", 1500, lib -> work.resolve("articles"));
    }

    @Test
    void killedAnnotatingKeepsEveryNoteReportedSaved() throws Exception {
        drill("annotate", 800, lib -> work.resolve("unused"));
    }

    @Test
    void killedExportsLeaveNoHalfFileAndNoStaleTemporary() throws Exception {
        drill("export", 600, lib -> lib.resolveSibling(lib.getFileName() + "-out").resolve("notes.jsonld"));
    }

    @Test
    void killedBackupsNeverLeaveABackupThatIsNotOne() throws Exception {
        drill("backup", 600, lib -> work.resolve("unused"));
    }

    @Test
    void killedRestoresLoseNoNote() throws Exception {
        drill("restore", 600, lib -> work.resolve("unused"));
    }

    private void drill(String mode, int maxDelayMs, java.util.function.Function<Path, Path> other) throws Exception {
        for (int trial = 0; trial < TRIALS; trial++) {
            Path lib = work.resolve(mode + "-" + trial);
            copy(template, lib);
            Path target = other.apply(lib);
            Files.createDirectories(target.getParent());
            Set<String> saved = killAtRandom(mode, lib, target, maxDelayMs);
            count(mode + " kills");
            check(mode, lib, target, saved);
        }
    }

    private static Set<String> killAtRandom(String mode, Path lib, Path target, int maxDelayMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), mode, lib.toString(), target.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Set<String> saved = ConcurrentHashMap.newKeySet();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("start");
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) if (line.startsWith("saved ")) saved.add(line.substring(line.indexOf(' ', 6) + 1));
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        // kill during the work itself, not during the child's start: after its first note, or its first export
        while (mode.equals("annotate") && saved.isEmpty() && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        while (mode.equals("export") && !Files.exists(target) && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        Thread.sleep(RANDOM.nextInt(maxDelayMs));
        boolean alive = child.isAlive();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        count(alive ? mode + " killed mid-work" : mode + " ended before the kill");
        return saved;
    }

    private static void check(String mode, Path lib, Path target, Set<String> saved) throws Exception {
        try (LibrarySession session = TestLibraries.openSeeded(lib)) {
            assertThat(session.documents().count()).isPositive();
        }
        count(mode + " opened");
        assertThat(integrity(lib.resolve("library.db"))).isEqualTo("ok");
        count(mode + " integrity ok");
        Set<String> notes = notesIn(lib.resolve("library.db"));
        if (mode.equals("restore")) notes.addAll(notesInReplaced(lib));
        assertThat(notes).containsAll(committed).containsAll(saved);
        COUNTS.merge("committed notes checked", committed.size() + saved.size(), Integer::sum);
        if (mode.equals("import")) {
            assertThat(indexedDocuments(lib.resolve("library.db"))).as("every stored document is in the search index, and only those")
                    .isEqualTo(storedDocuments(lib.resolve("library.db")));
            count("import search index agrees");
        }
        if (mode.equals("backup")) {
            try (Stream<Path> backups = Files.list(lib.resolve("backups"))) {
                backups.filter(p -> p.getFileName().toString().startsWith("library-"))
                        .forEach(p -> assertThat(p.toFile().length()).as(p.toString()).isPositive());
            }
        }
        if (mode.equals("export")) {
            if (Files.exists(target)) {
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(target.toFile()); // whole, or not there at all
                count("export files whole");
            }
            try (LibrarySession session = TestLibraries.openSeeded(lib)) {
                session.export().exporter().export(dev.annals.logic.export.ExportOptions.defaults(dev.annals.logic.export.ExportFormat.JSONLD),
                        target, true, dev.annals.logic.export.ReportLabels.english(), dev.annals.logic.export.ExportListener.NONE);
            }
            try (Stream<Path> files = Files.list(target.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString())).as("the next export cleared what the killed one left")
                        .noneMatch(n -> n.endsWith(".part"));
            }
        }
    }

    static void count(String what) {
        COUNTS.merge(what, 1, Integer::sum);
    }

    static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
            return rs.getString(1);
        }
    }

    private static Set<Long> storedDocuments(Path db) throws Exception {
        return ids(db, "SELECT id FROM documents");
    }

    /** The documents the search index holds words of (its own view of its rows, read through fts5vocab). */
    private static Set<Long> indexedDocuments(Path db) throws Exception {
        return ids(db, "CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, search_fts, 'instance')", "SELECT DISTINCT doc FROM temp.words");
    }

    private static Set<Long> ids(Path db, String... sql) throws Exception {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (int i = 0; i < sql.length - 1; i++) st.execute(sql[i]);
            try (ResultSet rs = st.executeQuery(sql[sql.length - 1])) {
                while (rs.next()) ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    static Set<String> notesIn(Path db) throws Exception {
        Set<String> notes = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT note FROM annotations")) {
            while (rs.next()) notes.add(rs.getString(1));
        }
        return notes;
    }

    private static Set<String> notesInReplaced(Path lib) throws Exception {
        Set<String> notes = new TreeSet<>();
        List<Path> replaced = new ArrayList<>();
        try (Stream<Path> files = Files.list(lib)) {
            files.filter(p -> p.getFileName().toString().matches("library-replaced-.*\\.db")).forEach(replaced::add);
        }
        for (Path p : replaced) notes.addAll(notesIn(p));
        return notes;
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else if (!p.getFileName().toString().equals("library.lock")) Files.copy(p, dest);
            }
        }
    }

    static Map<String, Integer> snapshot() {
        return new HashMap<>(COUNTS);
    }
}
