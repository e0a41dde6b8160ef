package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.annotate.Codebook;
import dev.annals.logic.export.ExportFormat;
import dev.annals.logic.export.ExportOptions;
import dev.annals.logic.export.ExportResult;
import dev.annals.logic.export.ExportScope;
import dev.annals.logic.export.GroupBy;
import dev.annals.logic.export.NothingToExportException;
import dev.annals.logic.export.ReportLabels;
import dev.annals.logic.export.TargetExistsException;
import dev.annals.model.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

@Command(name = "export", description = {"Write notes to a file, atomically, in one of five formats.",
        "md: a Markdown report; csv: a table; jsonld: W3C Web Annotation JSON-LD; qdpx: a REFI-QDA project; qdc: a REFI-QDA codebook.",
        "A theme stands for its sub-themes too. An existing file is kept unless --force is given (exit status 2)."})
public final class ExportCommand extends LibraryCommand {

    @Option(names = "--format", required = true, paramLabel = "md|csv|jsonld|qdpx|qdc", description = "The file format.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--doc", paramLabel = "ID", description = "Only this document's annotations.")
    Long doc;

    @Option(names = "--theme", paramLabel = "NAME", description = "Only these themes and their sub-themes (repeat the option for several; tone marks may be left out).")
    List<String> themes = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", description = "Only documents dated from DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only documents dated up to DATE (YYYY, YYYY-MM or YYYY-MM-DD).")
    String to;

    @Option(names = "--group-by", paramLabel = "theme|document", defaultValue = "theme", description = "Markdown: group by theme (default) or document.")
    String groupBy;

    @Option(names = "--bom", description = "CSV: start with a UTF-8 byte order mark, so Excel reads the file as UTF-8.")
    boolean bom;

    @Option(names = "--no-notes", description = "Leave the notes out.")
    boolean noNotes;

    @Option(names = "--no-quotes", description = "Leave the quoted passages out (Markdown, CSV, REFI-QDA names).")
    boolean noQuotes;

    @Option(names = "--context", description = "Markdown and CSV: add the text around each quote.")
    boolean context;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Option(names = "--json", description = "Print what was written as JSON.")
    boolean json;

    @Override
    protected int run(LibrarySession session) throws Exception {
        ExportFormat fmt = ExportFormat.fromName(format)
                .orElseThrow(() -> new UserError(ExitStatus.USAGE, text().tr("export.format", "--format must be md, csv, jsonld, qdpx or qdc")));
        ExportOptions options = new ExportOptions(fmt, scope(session), groupBy(), !noNotes, !noQuotes, context, bom);
        ExportResult result;
        try {
            result = session.export().exporter().export(options, out, force, labels(), dev.annals.logic.export.ExportListener.NONE);
        } catch (TargetExistsException e) {
            throw new UserError(ExitStatus.USAGE, text().tr("export.exists", e.getMessage(), e.target()));
        } catch (dev.annals.logic.export.TargetRefusedException e) {
            throw new UserError(ExitStatus.USAGE, text().tr("export.refused." + e.kind().name(), e.getMessage(), e.target(), session.folder()));
        } catch (NothingToExportException e) {
            throw new UserError(ExitStatus.SOME_FAILED, e.getMessage());
        }
        if (json) {
            ObjectNode node = Json.object();
            node.put("file", result.file().toAbsolutePath().toString());
            node.put("format", fmt.extension());
            node.put(fmt.carriesAnnotations() ? "annotations" : "themes", result.written());
            node.put("skippedOrphans", result.skippedOrphans());
            Json.print(out(), node);
        } else {
            String what = fmt.carriesAnnotations() ? (result.written() == 1 ? " annotation" : " annotations") : (result.written() == 1 ? " theme" : " themes");
            String done = text().tr(fmt.carriesAnnotations() ? "export.done" : "export.doneThemes",
                    "exported " + result.written() + what + " to " + result.file(), result.written(), result.file());
            String left = result.skippedOrphans() == 0 ? "" : text().tr("export.orphans",
                    " (" + result.skippedOrphans() + " orphaned annotations left out: they have no place in the current text)", result.skippedOrphans());
            out().println(done + left);
        }
        return ExitStatus.OK;
    }

    private ExportScope scope(LibrarySession session) {
        if (doc != null && session.documents().find(doc).isEmpty()) {
            throw new UserError(ExitStatus.SOME_FAILED, text().tr("doc.missing", "no document with id " + doc + " (see annals list)", doc));
        }
        Codebook codebook = session.themes().codebook();
        Set<Long> themeIds = new HashSet<>();
        for (String name : themes) themeIds.add(AnnotateJson.attempt(text(), () -> codebook.require(name)).id());
        try {
            return new ExportScope(doc, themeIds, date(from), date(to));
        } catch (IllegalArgumentException e) {
            throw new UserError(ExitStatus.USAGE, e.getMessage());
        }
    }

    private static PartialDate date(String text) {
        return text == null ? null : PartialDate.parseIso(text);
    }

    private GroupBy groupBy() {
        return switch (groupBy.toLowerCase(Locale.ROOT)) {
            case "theme" -> GroupBy.THEME;
            case "document", "doc" -> GroupBy.DOCUMENT;
            default -> throw new UserError(ExitStatus.USAGE, text().tr("export.groupBy", "--group-by must be theme or document"));
        };
    }

    private ReportLabels labels() {
        String lang = root().lang != null ? root().lang : Locale.getDefault().getLanguage();
        return ReportLabels.forLanguage(lang);
    }
}
