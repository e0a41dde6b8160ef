package dev.annals.bench;

import dev.annals.logic.annotate.AnnotateServices;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.logic.library.SeedCorpus;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.TextAnchor;
import dev.annals.model.Theme;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteAnnotationStore;
import dev.annals.persistence.SqliteDocumentStore;
import dev.annals.persistence.SqliteSettings;
import dev.annals.persistence.SqliteThemeStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A temporary library for the reader benchmark: two 1 MB documents, one of them with 5,000 overlapping annotations. */
record ReaderBenchLibrary(long plainDocId, long annotatedDocId) {

    static final int ONE_MB = 1 << 20;
    static final int ANNOTATIONS = 5_000;

    /** Writes the two documents and the annotations straight into the library in {@code folder}, then closes it. */
    static ReaderBenchLibrary prepare(Path folder) {
        Clock clock = Clock.systemUTC();
        try (Database db = Database.open(folder, clock)) {
            var documents = new SqliteDocumentStore(db);
            var annotationStore = new SqliteAnnotationStore(db);
            var annotate = AnnotateServices.create(new SqliteThemeStore(db), annotationStore, documents, new SqliteSettings(db), clock, new LibraryChanges());
            annotate.starterCodebook().installIfNew();
            String plain = megabyteOfText("A");
            String annotated = megabyteOfText("B");
            List<Long> ids = documents.insertAll(List.of(newDocument(plain, "plain"), newDocument(annotated, "annotated")));
            annotationStore.restoreAll(annotations(ids.get(1), annotated, annotate.themes().list(), clock.instant()));
            return new ReaderBenchLibrary(ids.get(0), ids.get(1));
        }
    }

    /** The bundled articles repeated to 1 MB of UTF-8; a marker keeps the two documents' hashes apart. */
    private static String megabyteOfText(String marker) {
        StringBuilder text = new StringBuilder("Bản " + marker + "\n");
        List<String> articles = new ArrayList<>();
        SeedCorpus.sources().forEach(s -> {
            try {
                articles.add(new String(s.reader().read(), StandardCharsets.UTF_8).replace("\r", ""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (int i = 0; text.toString().getBytes(StandardCharsets.UTF_8).length < ONE_MB; i++) {
            text.append(articles.get(i % articles.size())).append('\n');
        }
        return text.toString();
    }

    private static NewDocument newDocument(String text, String name) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new NewDocument(DocumentMetadata.empty(), text, Hashing.sha256(text), text.codePointCount(0, text.length()),
                name + ".txt", bytes, Instant.now());
    }

    /** Random passages of 20–400 chars: with 5,000 of them in 1 MB, many overlap. */
    private static List<Annotation> annotations(long docId, String text, List<Theme> themes, Instant now) {
        Random random = new Random(42);
        List<Annotation> out = new ArrayList<>(ANNOTATIONS);
        String sha = Hashing.sha256(text);
        for (int i = 0; i < ANNOTATIONS; i++) {
            int start = random.nextInt(text.length() - 500);
            int end = start + 20 + random.nextInt(380);
            TextAnchor anchor = new TextAnchor(start, end, text.substring(start, end),
                    text.substring(Math.max(0, start - 32), start), text.substring(end, Math.min(text.length(), end + 32)));
            out.add(new Annotation(i + 1, docId, themes.get(i % themes.size()).id(), anchor, "", AnchorStatus.ANCHORED, sha, now, now));
        }
        return out;
    }
}
