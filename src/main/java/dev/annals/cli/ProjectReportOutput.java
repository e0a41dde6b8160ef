package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.qda.ProjectImportReport;

import java.io.PrintStream;

/** How import-project and import-codebook print their report: a summary line, or JSON; skips go to stderr. */
final class ProjectReportOutput {

    private ProjectReportOutput() {
    }

    static void print(ProjectImportReport report, boolean json, PrintStream out, PrintStream err, CliText text) {
        if (json) Json.print(out, toJson(report));
        else out.println(line("sources", report.sources(), text) + "; " + line("codes", report.codes(), text) + "; "
                + line("selections", report.selections(), text) + "; " + text.tr("project.memos", "memos " + report.memos(), report.memos()));
        for (ProjectImportReport.Item item : report.items()) {
            if (item.status().equals(ProjectImportReport.SKIPPED)) {
                String name = item.name() == null ? "" : item.name();
                err.println(text.tr("project.skipped", "annals: skipped " + item.kind() + " " + name + ": " + item.reason(),
                        item.kind(), name, item.reason()));
            }
        }
    }

    private static String line(String what, ProjectImportReport.Counts c, CliText text) {
        return text.tr("project." + what, what + " imported " + c.imported() + ", merged " + c.merged() + ", skipped " + c.skipped(),
                c.imported(), c.merged(), c.skipped());
    }

    static ObjectNode toJson(ProjectImportReport report) {
        ObjectNode node = Json.object();
        counts(node.putObject("sources"), report.sources());
        counts(node.putObject("codes"), report.codes());
        counts(node.putObject("selections"), report.selections());
        node.put("memos", report.memos());
        ArrayNode items = node.putArray("details");
        for (ProjectImportReport.Item item : report.items()) {
            ObjectNode i = items.addObject();
            i.put("kind", item.kind());
            i.put("name", item.name());
            i.put("status", item.status());
            i.put("reason", item.reason());
        }
        return node;
    }

    private static void counts(ObjectNode node, ProjectImportReport.Counts c) {
        node.put("imported", c.imported());
        node.put("merged", c.merged());
        node.put("skipped", c.skipped());
    }
}
