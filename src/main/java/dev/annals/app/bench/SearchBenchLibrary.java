package dev.annals.app.bench;

import dev.annals.logic.LibraryOpener;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.ImportSource;
import dev.annals.logic.library.NewDocument;
import dev.annals.logic.library.SeedCorpus;
import dev.annals.model.CodePoints;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Runs the search benchmark on its own: N synthetic 4–8 KB articles made of the bundled seeds' sentences,
 * stored straight into a temporary library (not through the import path, which the import benchmark measures).
 */
public final class SearchBenchLibrary {

    private static final int BATCH = 500;

    private SearchBenchLibrary() {
    }

    public static void run(int docs, LibraryOpener opener, PrintStream progress, Map<String, Object> figures) {
        Path folder;
        try {
            folder = Files.createTempDirectory("annals-search-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (LibrarySession session = opener.open(folder)) {
            List<String> texts = syntheticTexts(docs, new Random(42));
            Random random = new Random(7);
            for (int from = 0; from < texts.size(); from += BATCH) {
                List<NewDocument> batch = new ArrayList<>();
                for (String text : texts.subList(from, Math.min(texts.size(), from + BATCH))) batch.add(document(text, random));
                session.documents().insertAll(batch);
                progress.println("search bench: stored " + Math.min(texts.size(), from + BATCH) + " of " + docs + " documents");
            }
            progress.println("search bench: measuring queries");
            SearchBench.measure(session, texts, figures);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(SearchBenchLibrary.class.getName()).info("cannot delete " + folder + ": " + e.getMessage());
        }
    }

    static List<String> syntheticTexts(int docs, Random random) {
        List<String> sentences = new ArrayList<>();
        for (ImportSource source : SeedCorpus.sources()) {
            String text;
            try {
                text = Normalizer.normalize(new String(source.reader().read(), StandardCharsets.UTF_8), Normalizer.Form.NFC);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Arrays.stream(text.split("(?<=[.!?])\\s+|\\n+")).map(String::strip).filter(s -> s.length() > 20).forEach(sentences::add);
        }
        List<String> texts = new ArrayList<>(docs);
        for (int i = 0; i < docs; i++) {
            int targetBytes = 4096 + random.nextInt(4096);
            StringBuilder text = new StringBuilder("Bài tổng hợp số " + (i + 1) + ".\n");
            int bytes = 0;
            while (bytes < targetBytes - 400) {
                String sentence = sentences.get(random.nextInt(sentences.size()));
                text.append(sentence).append(random.nextInt(6) == 0 ? "\n" : " ");
                bytes += sentence.getBytes(StandardCharsets.UTF_8).length + 1;
            }
            texts.add(text.toString().strip());
        }
        return texts;
    }

    private static NewDocument document(String text, Random random) {
        ConferenceKind kind = ConferenceKind.values()[random.nextInt(ConferenceKind.values().length)];
        PartialDate date = PartialDate.ofDay(2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
        var metadata = new DocumentMetadata(text.lines().findFirst().orElse(""), date, "bench", kind, List.of());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new NewDocument(metadata, text, Hashing.sha256(text), CodePoints.length(text), "bench.txt", bytes, Instant.EPOCH);
    }
}
