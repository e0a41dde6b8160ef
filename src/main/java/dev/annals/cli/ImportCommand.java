package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.ImportProgress;
import dev.annals.logic.library.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

@Command(name = "import", description = "Import article files or folders (recursive: .txt .md .html .htm).")
public final class ImportCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

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
        if (json) Json.print(out(), array);
        return anyFailed ? ExitStatus.SOME_FAILED : ExitStatus.OK;
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
        return node;
    }
}
