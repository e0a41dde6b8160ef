package dev.annals.logic.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The articles bundled with Annals (resources/corpus), imported into a new, empty library. */
public final class SeedCorpus {

    static final String SEEDED_KEY = "library.seeded";
    private static final String FOLDER = "/corpus/";

    private SeedCorpus() {
    }

    public static List<ImportSource> sources() {
        List<ImportSource> sources = new ArrayList<>();
        for (String name : names()) {
            byte[] bytes = read(FOLDER + name);
            sources.add(new ImportSource("corpus/" + name, name, bytes.length, () -> bytes));
        }
        return sources;
    }

    /** Imports the bundled articles once, into a library that has never held any document. */
    public static List<ImportResult> seedIfNew(DocumentStore store, LibrarySettings settings, ImportService importer) {
        if (settings.get(SEEDED_KEY).isPresent()) return List.of();
        List<ImportResult> results = store.count() == 0 ? importer.importSources(sources(), ImportProgress.NONE) : List.of();
        settings.put(SEEDED_KEY, "true");
        return results;
    }

    private static List<String> names() {
        String list = new String(read(FOLDER + "corpus.list"), StandardCharsets.UTF_8);
        return list.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] read(String resource) {
        try (InputStream in = SeedCorpus.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the bundled corpus is missing " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
