package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.ImportProgress;
import dev.annals.logic.library.ImportReport;
import dev.annals.logic.library.ImportResult;
import dev.annals.model.DateSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(name = "import", description = {"Import article files or folders, recursively.",
        "Read: .txt .md .conllu .html .htm .pdf .docx .odt .epub. A text already in the library is reported as a duplicate."})
public final class ImportCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    @Option(names = "--summary", description = "With --json: print {\"results\": [...], \"summary\": {...}} with the counts,"
            + " including how many documents got a date and from where.")
    boolean summary;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to import.")
    List<Path> paths;

    @Override
    protected int run(LibrarySession session) {
        List<ImportResult> results = session.importer().importPaths(paths, ImportProgress.NONE);
        boolean anyFailed = false;
        ArrayNode array = json ? Json.array() : null; // Jackson starts only for --json
        for (ImportResult r : results) {
            if (r.status() == ImportResult.Status.FAILED) {
                anyFailed = true;
                err().println(text().tr("import.failed", "annals: failed: " + r.path() + ": " + r.error(), r.path(), r.error()));
            }
            for (String warning : r.warnings()) {
                err().println(text().tr("import.warning", "annals: warning: " + r.path() + ": " + warning, r.path(), warning));
            }
            if (json) array.add(toJson(r));
            else if (r.status() != ImportResult.Status.FAILED) out().println(line(r, text()));
        }
        ImportReport report = ImportReport.of(results);
        if (json && summary) {
            ObjectNode wrapped = Json.object();
            wrapped.set("results", array);
            wrapped.set("summary", toJson(report));
            Json.print(out(), wrapped);
        } else if (json) {
            Json.print(out(), array);
        } else {
            out().println(line(report, text()));
        }
        return anyFailed ? ExitStatus.SOME_FAILED : ExitStatus.OK;
    }

    /** "3 imported, 1 duplicate, 0 failed; dates: 2 (header 1, byline 1), none for 1; no title for 0". */
    static String line(ImportReport r, CliText text) {
        StringBuilder sources = new StringBuilder();
        for (DateSource s : DateSource.values()) {
            if (r.from(s) > 0) sources.append(sources.isEmpty() ? "" : ", ").append(s.id()).append(' ').append(r.from(s));
        }
        String english = r.imported() + " imported, " + r.duplicates() + " duplicate" + (r.duplicates() == 1 ? "" : "s") + ", "
                + r.failed() + " failed; dates: " + r.dated() + (sources.isEmpty() ? "" : " (" + sources + ")")
                + ", none for " + r.undated() + "; no title for " + r.untitled();
        return text.tr("import.report", english, r.imported(), r.duplicates(), r.failed(), r.dated(),
                sources.isEmpty() ? "" : " (" + sources + ")", r.undated(), r.untitled());
    }

    static ObjectNode toJson(ImportReport r) {
        ObjectNode node = Json.object();
        node.put("imported", r.imported());
        node.put("duplicates", r.duplicates());
        node.put("failed", r.failed());
        node.put("dated", r.dated());
        node.put("undated", r.undated());
        node.put("untitled", r.untitled());
        ObjectNode sources = node.putObject("dateSources");
        for (DateSource s : DateSource.values()) {
            if (s != DateSource.USER) sources.put(s.id(), r.from(s));
        }
        return node;
    }

    private static String line(ImportResult r, CliText text) {
        String date = r.date() == null ? "?" : r.date().iso();
        String what = r.status() == ImportResult.Status.DUPLICATE ? text.tr("import.duplicate", "duplicate of #" + r.id(), r.id())
                : text.tr("import.imported", "imported #" + r.id(), r.id());
        return what + "\t" + date + "\t" + (r.title() == null ? "" : r.title()) + "\t" + r.path();
    }

    static ObjectNode toJson(ImportResult r) {
        ObjectNode node = Json.object();
        node.put("path", r.path());
        node.put("status", r.status().jsonName());
        if (r.id() == null) node.putNull("id");
        else node.put("id", r.id());
        node.put("title", r.title());
        Json.putDate(node, r.date());
        ArrayNode warnings = node.putArray("warnings");
        r.warnings().forEach(warnings::add);
        node.put("error", r.error());
        node.put("dateSource", r.dateSource() == null ? null : r.dateSource().id());
        return node;
    }
}
