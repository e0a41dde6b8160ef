package dev.annals.logic.library;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.text.Folding;
import dev.annals.model.CodePoints;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports article files: reads, parses and normalizes each one, skips texts already in the library and stores
 * the rest in batches. Each batch is one transaction, so a killed import leaves whole documents or none; an import
 * of several batches is one {@link DocumentStore#bulkInsert bulk insert} for the store (docs/decisions/0208).
 */
public class ImportService {

    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    private static final int BATCH = 200;
    private static final int PARSERS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final DocumentStore store;
    private final ArticleParser parser;
    private final Clock clock;
    private final LibraryChanges changes;

    private final long parseTimeoutMillis;

    /** Stores into {@code store} and publishes each stored batch to {@code changes}. */
    public ImportService(DocumentStore store, ArticleParser parser, Clock clock, LibraryChanges changes) {
        this(store, parser, clock, changes, PARSE_TIMEOUT_SECONDS * 1000);
    }

    ImportService(DocumentStore store, ArticleParser parser, Clock clock, LibraryChanges changes, long parseTimeoutMillis) {
        this.store = store;
        this.parser = parser;
        this.clock = clock;
        this.changes = changes;
        this.parseTimeoutMillis = parseTimeoutMillis;
    }

    public List<ImportResult> importPaths(List<Path> paths, ImportProgress progress) {
        ImportSources expanded = ImportSources.expand(paths);
        List<ImportResult> results = new ArrayList<>();
        for (ImportSources.Problem p : expanded.problems()) results.add(ImportResult.failed(p.path(), p.reason()));
        results.addAll(importSources(expanded.sources(), progress));
        return results;
    }

    /**
     * Reads and parses the files on worker threads, a chunk ahead, while this thread checks for duplicates and
     * stores the previous chunk; results keep the order of {@code sources}.
     */
    public List<ImportResult> importSources(List<ImportSource> sources, ImportProgress progress) {
        Batch batch = new Batch();
        List<ImportResult> results = new ArrayList<>();
        int done = 0;
        ExecutorService workers = Executors.newFixedThreadPool(PARSERS, ImportService::workerThread);
        try (DocumentStore.BulkInsert bulk = sources.size() > BATCH ? store.bulkInsert() : () -> { }) {
            List<Future<Prepared>> next = prepareChunk(workers, sources, 0);
            for (int from = 0; from < sources.size() && !progress.cancelRequested(); from += BATCH) {
                List<Future<Prepared>> chunk = next;
                next = prepareChunk(workers, sources, from + BATCH);
                List<Prepared> items = new ArrayList<>(chunk.size());
                for (int i = 0; i < chunk.size(); i++) items.add(await(chunk.get(i), sources.get(from + i)));
                batch.knowStored(store.findIdsByWordsKey(items.stream().flatMap(p -> p.articles().stream()).map(Article::wordsKey).toList()));
                for (Prepared item : items) {
                    if (progress.cancelRequested()) break;
                    admit(item, batch, results);
                    progress.fileDone(++done, sources.size(), item.source().displayPath());
                }
                batch.flush(results);
            }
        } finally {
            workers.shutdownNow();
        }
        return results;
    }

    private List<Future<Prepared>> prepareChunk(ExecutorService workers, List<ImportSource> sources, int from) {
        List<Future<Prepared>> chunk = new ArrayList<>();
        for (int i = from; i < Math.min(sources.size(), from + BATCH); i++) {
            ImportSource source = sources.get(i);
            chunk.add(workers.submit(() -> prepare(source)));
        }
        return chunk;
    }

    /** A file whose reading takes longer than this (a hostile PDF) fails, and the batch goes on without it. */
    static final long PARSE_TIMEOUT_SECONDS = 120;

    /** A file whose reading or parsing blew up (it should not), or took too long, fails on its own; the batch goes on. */
    private Prepared await(Future<Prepared> future, ImportSource source) {
        try {
            return future.get(parseTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(source, "reading the file took longer than " + Math.max(1, parseTimeoutMillis / 1000) + " s");
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "preparing " + source.displayPath() + " failed", e.getCause());
            return failed(source, "the file cannot be imported: " + e.getCause());
        }
    }

    private static Thread workerThread(Runnable r) {
        Thread t = new Thread(r, "annals-import");
        t.setDaemon(true);
        return t;
    }

    /** A file read and parsed into its articles (usually one), or the reason it cannot be imported. */
    private record Prepared(ImportSource source, byte[] bytes, List<Article> articles, String failure) {
    }

    /** One article of a file, hashed and folded on the worker thread. */
    private record Article(ParsedArticle parsed, String sha256, String wordsKey, String searchText) {
    }

    private Prepared prepare(ImportSource source) {
        if (source.size() > MAX_FILE_BYTES) {
            return failed(source, "the file is larger than 50 MB (" + source.size() / (1024 * 1024) + " MB)");
        }
        byte[] bytes;
        try {
            bytes = source.reader().read();
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            LOG.log(Level.INFO, "cannot read " + source.displayPath(), e);
            return failed(source, e instanceof OutOfMemoryError
                    ? "not enough memory to read this file" : "the file cannot be read: " + plain(e));
        }
        try {
            List<Article> articles = new ArrayList<>();
            for (ParsedArticle a : parser.parseAll(source.fileName(), bytes)) {
                articles.add(new Article(a, Hashing.sha256(a.text()), Hashing.wordsKey(a.text()), Folding.fold(a.text())));
            }
            return new Prepared(source, bytes, articles, null);
        } catch (ImportFailure e) {
            return failed(source, e.getMessage());
        } catch (OutOfMemoryError e) {
            LOG.log(Level.WARNING, "out of memory parsing " + source.displayPath(), e);
            return failed(source, "not enough memory to read this file as an article ("
                    + Math.max(1, source.size() / (1024 * 1024)) + " MB); split it into smaller files");
        } catch (StackOverflowError e) {
            LOG.log(Level.WARNING, "too deep parsing " + source.displayPath(), e);
            return failed(source, "the file is nested too deeply to be read as an article");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot parse " + source.displayPath(), e);
            return failed(source, "the file cannot be read as an article: " + plain(e));
        }
    }

    private static String plain(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "an unexpected error" : e.getMessage();
    }

    private static Prepared failed(ImportSource source, String reason) {
        return new Prepared(source, null, List.of(), reason);
    }

    private void admit(Prepared item, Batch batch, List<ImportResult> results) {
        String path = item.source().displayPath();
        if (item.failure() != null) {
            results.add(ImportResult.failed(path, item.failure()));
            return;
        }
        for (Article article : item.articles()) {
            ParsedArticle parsed = article.parsed();
            String key = article.wordsKey();
            var md = parsed.metadata();
            boolean duplicate = batch.contains(key);
            var status = duplicate ? ImportResult.Status.DUPLICATE : ImportResult.Status.IMPORTED;
            if (!duplicate) {
                boolean part = parsed.originalBytes() != null;
                batch.add(new NewDocument(md, parsed.text(), article.sha256(), CodePoints.length(parsed.text()),
                        part ? item.source().fileName() + "#" + parsed.originalName() : item.source().fileName(),
                        part ? parsed.originalBytes() : item.bytes(), clock.instant(), article.searchText(), key));
            }
            batch.awaitId(results.size(), key);
            results.add(new ImportResult(path, status, null, md.title(), md.date(), md.dateSource(), parsed.warnings(), null));
        }
    }

    /**
     * Documents parsed but not yet stored; ids are filled into their results once the batch is written. It knows the
     * articles already in the library that each chunk's files could duplicate (by words key: the same words in any
     * format), so duplicates cost one query per chunk.
     */
    private final class Batch {
        private final List<NewDocument> documents = new ArrayList<>();
        private final Set<String> pending = new HashSet<>();
        private final Map<String, Long> idByKey = new HashMap<>();
        private final Map<Integer, String> keyByResultIndex = new HashMap<>();

        void knowStored(Map<String, Long> ids) {
            idByKey.putAll(ids);
        }

        boolean contains(String key) {
            return idByKey.containsKey(key) || pending.contains(key);
        }

        void add(NewDocument doc) {
            documents.add(doc);
            pending.add(doc.wordsKey());
        }

        void awaitId(int resultIndex, String key) {
            keyByResultIndex.put(resultIndex, key);
        }

        void flush(List<ImportResult> results) {
            if (!documents.isEmpty()) {
                List<Long> ids = store.insertAll(documents);
                for (int i = 0; i < ids.size(); i++) idByKey.put(documents.get(i).wordsKey(), ids.get(i));
                changes.publish(LibraryChange.documentsAdded(new java.util.LinkedHashSet<>(ids)));
                documents.clear();
                pending.clear();
            }
            keyByResultIndex.forEach((index, key) -> {
                ImportResult r = results.get(index);
                Long id = idByKey.get(key); // every admitted article is stored now, or was already (knowStored)
                results.set(index, r.withId(id));
            });
            keyByResultIndex.clear();
        }
    }
}
