package dev.annals.logic.library;

import dev.annals.model.CodePoints;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports article files: reads, parses and normalizes each one, skips texts already in the library and stores
 * the rest in batches. Each batch is one transaction, so a killed import leaves whole documents or none.
 */
public class ImportService {

    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    private static final int BATCH = 200;

    private final DocumentStore store;
    private final ArticleParser parser;
    private final Clock clock;

    public ImportService(DocumentStore store, ArticleParser parser, Clock clock) {
        this.store = store;
        this.parser = parser;
        this.clock = clock;
    }

    public List<ImportResult> importPaths(List<Path> paths, ImportProgress progress) {
        ImportSources expanded = ImportSources.expand(paths);
        List<ImportResult> results = new ArrayList<>();
        for (ImportSources.Problem p : expanded.problems()) results.add(ImportResult.failed(p.path(), p.reason()));
        results.addAll(importSources(expanded.sources(), progress));
        return results;
    }

    public List<ImportResult> importSources(List<ImportSource> sources, ImportProgress progress) {
        Batch batch = new Batch();
        List<ImportResult> results = new ArrayList<>();
        int done = 0;
        for (ImportSource source : sources) {
            if (progress.cancelRequested()) break;
            results.add(importOne(source, batch, results.size()));
            if (batch.size() >= BATCH) batch.flush(results);
            progress.fileDone(++done, sources.size(), source.displayPath());
        }
        batch.flush(results);
        return results;
    }

    private ImportResult importOne(ImportSource source, Batch batch, int resultIndex) {
        String path = source.displayPath();
        if (source.size() > MAX_FILE_BYTES) {
            return ImportResult.failed(path, "the file is larger than 50 MB (" + source.size() / (1024 * 1024) + " MB)");
        }
        byte[] bytes;
        try {
            bytes = source.reader().read();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "cannot read " + path, e);
            return ImportResult.failed(path, "the file cannot be read: " + e.getMessage());
        }
        ParsedArticle article;
        try {
            article = parser.parse(source.fileName(), bytes);
        } catch (ImportFailure e) {
            return ImportResult.failed(path, e.getMessage());
        }
        String sha = Hashing.sha256(article.text());
        var md = article.metadata();
        boolean duplicate = batch.contains(sha) || store.findIdBySha256(sha).isPresent();
        var status = duplicate ? ImportResult.Status.DUPLICATE : ImportResult.Status.IMPORTED;
        if (!duplicate) {
            batch.add(new NewDocument(md, article.text(), sha, CodePoints.length(article.text()), source.fileName(), bytes, clock.instant()));
        }
        batch.awaitId(resultIndex, sha);
        return new ImportResult(path, status, null, md.title(), md.date(), article.warnings(), null);
    }

    /** Documents parsed but not yet stored; ids are filled into their results once the batch is written. */
    private final class Batch {
        private final List<NewDocument> documents = new ArrayList<>();
        private final Map<String, Long> idBySha = new HashMap<>();
        private final Map<Integer, String> shaByResultIndex = new HashMap<>();

        int size() {
            return documents.size();
        }

        boolean contains(String sha) {
            return idBySha.containsKey(sha) || documents.stream().anyMatch(d -> d.sha256().equals(sha));
        }

        void add(NewDocument doc) {
            documents.add(doc);
        }

        void awaitId(int resultIndex, String sha) {
            shaByResultIndex.put(resultIndex, sha);
        }

        void flush(List<ImportResult> results) {
            if (!documents.isEmpty()) {
                List<Long> ids = store.insertAll(documents);
                for (int i = 0; i < ids.size(); i++) idBySha.put(documents.get(i).sha256(), ids.get(i));
                documents.clear();
            }
            shaByResultIndex.forEach((index, sha) -> {
                ImportResult r = results.get(index);
                Long id = idBySha.containsKey(sha) ? idBySha.get(sha) : store.findIdBySha256(sha).orElse(null);
                results.set(index, new ImportResult(r.path(), r.status(), id, r.title(), r.date(), r.warnings(), r.error()));
            });
            shaByResultIndex.clear();
        }
    }
}
