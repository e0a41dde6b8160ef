package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.export.AnnotationFileException;
import dev.annals.logic.export.AnnotationImportReport;
import dev.annals.logic.export.AnnotationImportService;
import dev.annals.logic.export.ImportDetail;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "import-annotations", description = {"Read a W3C Web Annotation (JSON-LD) export back into this library.",
        "Each quote is re-anchored in this library's texts; missing themes are created, annotations already there are skipped,",
        "and what could not be placed is reported."})
public final class ImportAnnotationsCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Parameters(paramLabel = "FILE", description = "A .jsonld file written by annals export --format jsonld (or another Web Annotation tool).")
    Path file;

    @Override
    protected int run(LibrarySession session) throws Exception {
        if (!Files.isRegularFile(file)) throw new UserError(ExitStatus.USAGE, text().tr("importAnnotations.noFile", "no such file: " + file, file));
        AnnotationImportReport report;
        try {
            report = session.export().importer().importFile(file, untaggedTheme());
        } catch (AnnotationFileException e) {
            throw new UserError(ExitStatus.SOME_FAILED, e.getMessage());
        }
        if (json) {
            Json.print(out(), toJson(report));
        } else {
            out().println(text().tr("importAnnotations.summary", "anchored " + report.anchored() + ", not placed " + report.orphaned()
                    + ", unknown document " + report.unknownDocuments() + ", already there " + report.skipped() + ", invalid "
                    + report.invalid() + ", new themes " + report.themesCreated(),
                    report.anchored(), report.orphaned(), report.skipped(), report.invalid(), report.themesCreated(), report.unknownDocuments()));
        }
        for (ImportDetail d : report.details()) {
            if (!d.status().equals(ImportDetail.ANCHORED) && !d.status().equals(ImportDetail.DUPLICATE)) {
                err().println("annals: " + d.status() + ": " + (d.id() == null ? "" : d.id() + ": ") + (d.reason() == null ? "" : d.reason()));
            }
        }
        return report.complete() ? ExitStatus.OK : ExitStatus.SOME_FAILED;
    }

    private String untaggedTheme() {
        String lang = root().lang != null ? root().lang : java.util.Locale.getDefault().getLanguage();
        return lang.equals("vi") ? "Ghi chú nhập vào" : AnnotationImportService.UNTAGGED_THEME;
    }

    static ObjectNode toJson(AnnotationImportReport report) {
        ObjectNode node = Json.object();
        node.put("anchored", report.anchored());
        node.put("orphaned", report.orphaned());
        node.put("unknownDocuments", report.unknownDocuments());
        node.put("skipped", report.skipped());
        node.put("invalid", report.invalid());
        node.put("themesCreated", report.themesCreated());
        ArrayNode details = node.putArray("details");
        for (ImportDetail d : report.details()) {
            ObjectNode item = details.addObject();
            item.put("id", d.id());
            item.put("status", d.status());
            item.put("docId", d.docId());
            item.put("theme", d.theme());
            item.put("start", d.start());
            item.put("end", d.end());
            item.put("reason", d.reason());
        }
        return node;
    }
}
