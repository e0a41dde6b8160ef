package dev.annals.app.bench;

import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.annotate.AnnotationService;
import dev.annals.logic.annotate.Span;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.model.DocumentMetadata;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteAnnotationStore;
import dev.annals.persistence.SqliteDocumentStore;
import dev.annals.persistence.SqliteSettings;
import dev.annals.persistence.SqliteThemeStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * annotation_save_p99_ms: one annotation tagged through the real use case (quote and context taken from the
 * document, undo recorded) and committed to SQLite in WAL mode, p99 over {@value #SAVES} saves after a warm-up.
 */
public final class AnnotationSaveBench {

    static final int WARM_UP = 300;
    static final int SAVES = 1000;

    private AnnotationSaveBench() {
    }

    /** Measures in a temporary library, deleted afterwards. */
    public static double measureInTemporaryLibrary() {
        Path folder;
        try {
            folder = Files.createTempDirectory("annals-bench-annotate");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Database db = Database.open(folder, Clock.systemUTC())) {
            var documents = new SqliteDocumentStore(db);
            var services = AnnotateServices.create(new SqliteThemeStore(db), new SqliteAnnotationStore(db), documents,
                    new SqliteSettings(db), Clock.systemUTC());
            String text = "Hội nghị Công an toàn quốc bàn về công tác bảo đảm an ninh trật tự và xây dựng lực lượng. ".repeat(80);
            long doc = documents.insertAll(List.of(new NewDocument(DocumentMetadata.empty(), text, Hashing.sha256(text),
                    text.codePointCount(0, text.length()), "bench.txt", text.getBytes(StandardCharsets.UTF_8), Instant.now()))).get(0);
            long theme = services.themes().create("an ninh trật tự", null, null, null).id();
            return p99(services.annotations(), doc, theme, text.codePointCount(0, text.length()));
        } finally {
            deleteQuietly(folder);
        }
    }

    static double p99(AnnotationService annotations, long doc, long theme, int length) {
        for (int i = 0; i < WARM_UP; i++) save(annotations, doc, theme, i, length);
        double[] ms = new double[SAVES];
        for (int i = 0; i < SAVES; i++) {
            long t0 = System.nanoTime();
            save(annotations, doc, theme, i, length);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return Math.round(ms[(int) Math.ceil(SAVES * 0.99) - 1] * 100) / 100.0;
    }

    private static void save(AnnotationService annotations, long doc, long theme, int i, int length) {
        int start = (i * 37) % (length - 60);
        annotations.tag(doc, theme, new Span(start, start + 40), "note " + i);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(AnnotationSaveBench.class.getName()).fine(() -> "could not delete " + folder + ": " + e);
        }
    }
}
