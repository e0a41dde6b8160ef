package dev.annals.logic.qda;

import dev.annals.logic.annotate.AnnotationStore;
import dev.annals.logic.annotate.ThemeStore;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.ArticleParser;
import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.MemoStore;
import dev.annals.logic.library.Transactor;
import dev.annals.logic.library.formats.FormatException;
import dev.annals.logic.library.formats.SafeZip;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Imports a REFI-QDA project ({@code .qdpx}) or codebook ({@code .qdc}) written by QualCoder, MAXQDA, ATLAS.ti,
 * NVivo or Annals. Everything is read and checked first; then the themes, documents, annotations and memos are
 * written in one transaction, so a project imports whole or not at all.
 */
public final class ProjectImportService {

    private static final Logger LOG = Logger.getLogger(ProjectImportService.class.getName());
    static final String PROJECT_ENTRY = "project.qde";

    public record Stores(DocumentStore documents, ThemeStore themes, AnnotationStore annotations, MemoStore memos) {
    }

    private final Stores stores;
    private final ArticleParser parser;
    private final Transactor transactor;
    private final LibraryChanges changes;
    private final Clock clock;
    private final SafeZip.Limits limits;

    public ProjectImportService(Stores stores, ArticleParser parser, Transactor transactor, LibraryChanges changes, Clock clock) {
        this(stores, parser, transactor, changes, clock, SafeZip.Limits.PROJECT);
    }

    ProjectImportService(Stores stores, ArticleParser parser, Transactor transactor, LibraryChanges changes, Clock clock,
                         SafeZip.Limits limits) {
        this.stores = stores;
        this.parser = parser;
        this.transactor = transactor;
        this.changes = changes;
        this.clock = clock;
        this.limits = limits;
    }

    /** The same service over other stores or with other caps (tests). */
    ProjectImportService with(java.util.function.UnaryOperator<Stores> wrap, SafeZip.Limits other) {
        return new ProjectImportService(wrap.apply(stores), parser, transactor, changes, clock, other);
    }

    /** Imports a whole project; throws {@link FormatException} with the reason when nothing could be imported. */
    public ProjectImportReport importProject(Path file) throws FormatException {
        String what = file.getFileName().toString();
        SafeZip.Entries zip;
        try (InputStream in = Files.newInputStream(file)) {
            zip = SafeZip.read(in, limits, name -> name.equals(PROJECT_ENTRY) || name.toLowerCase(Locale.ROOT).endsWith(".txt"), what);
        } catch (IOException e) {
            throw new FormatException(what + " cannot be read: " + e.getMessage());
        }
        byte[] qde = zip.get(PROJECT_ENTRY);
        if (qde == null) throw new FormatException(what + " is not a REFI-QDA project: it has no " + PROJECT_ENTRY);
        QdaProject project = QdeParser.parse(qde, PROJECT_ENTRY);
        List<SourceTexts.Loaded> sources = new SourceTexts(zip, file, limits.maxEntryBytes()).load(project);
        ReportBuilder report = new ReportBuilder();
        reportUnused(zip, project, report);
        write(project, sources, report, what);
        return report.build();
    }

    /** Imports the codes of a {@code .qdc} codebook (or of a project file's codebook). */
    public ProjectImportReport importCodebook(Path file) throws FormatException {
        String what = file.getFileName().toString();
        byte[] xml;
        try {
            if (Files.size(file) > limits.maxEntryBytes()) throw new FormatException(what + " is larger than " + (limits.maxEntryBytes() >> 20) + " MB");
            xml = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FormatException(what + " cannot be read: " + e.getMessage());
        }
        QdaProject project = QdeParser.parse(xml, what);
        if (project.codes.isEmpty()) throw new FormatException(what + " has no codes");
        ReportBuilder report = new ReportBuilder();
        write(project, List.of(), report, what);
        return report.build();
    }

    private void write(QdaProject project, List<SourceTexts.Loaded> sources, ReportBuilder report, String origin) {
        project.skipped.forEach(s -> report.skipped(s.kind(), s.name(), s.reason()));
        Map<String, QdaProject.Note> notes = new LinkedHashMap<>();
        project.notes.forEach(n -> notes.putIfAbsent(n.guid(), n));
        Instant now = clock.instant();
        Set<Long> docIds = new HashSet<>();
        transactor.inOneTransaction(() -> {
            Map<String, Long> themes = new CodebookWriter(stores.themes(), stores.memos(), report, origin, now).write(project, notes);
            SourceWriter documents = new SourceWriter(stores.documents(), stores.memos(), parser, report, origin, now);
            SelectionWriter selections = new SelectionWriter(stores.annotations(), report, now);
            for (SourceTexts.Loaded loaded : sources) {
                documents.write(loaded, notes).ifPresent(doc -> {
                    docIds.add(doc.docId());
                    selections.write(loaded, doc, themes, notes, documents);
                });
            }
            Set<String> referenced = referencedNotes(project);
            for (QdaProject.Note note : notes.values()) {
                if (!referenced.contains(note.guid()) && !note.text().isBlank()) {
                    stores.memos().insert(new dev.annals.model.Memo(0, null, null, note.name(), note.text(), origin, now));
                    report.memo();
                }
            }
            return null;
        });
        LOG.info(() -> "imported " + origin + ": " + report.build());
        changes.publish(LibraryChange.projectImported(docIds));
    }

    private static Set<String> referencedNotes(QdaProject project) {
        Set<String> refs = new HashSet<>();
        project.codes.forEach(c -> refs.addAll(c.noteRefs()));
        for (QdaProject.Source s : project.sources) {
            refs.addAll(s.noteRefs());
            s.selections().forEach(sel -> refs.addAll(sel.noteRefs()));
        }
        return refs;
    }

    /** Files in the project that no text source uses (rich-text originals, pictures…) are left out, and listed. */
    private static void reportUnused(SafeZip.Entries zip, QdaProject project, ReportBuilder report) {
        Set<String> used = new HashSet<>();
        used.add(PROJECT_ENTRY);
        for (QdaProject.Source s : project.sources) {
            if (s.path() != null && s.path().toLowerCase(Locale.ROOT).startsWith("internal://")) used.add(SourceTexts.internalEntry(s.path()));
        }
        for (String name : zip.names()) {
            if (!used.contains(name) && !name.endsWith("/")) report.skipped("file", name, "not a text source of the project");
        }
    }

}
