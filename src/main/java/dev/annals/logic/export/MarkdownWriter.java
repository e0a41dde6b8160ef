package dev.annals.logic.export;

import dev.annals.model.DocumentSummary;
import dev.annals.model.Theme;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A readable report: a summary table, then the quotes as block quotes under each theme (one pass over the store
 * per theme) or under each document (one pass in document order).
 */
final class MarkdownWriter implements FormatWriter {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    @Override
    public void write(ExportJob job, OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        ReportLabels labels = job.labels();
        out.write("# " + labels.title() + "\n\n");
        out.write(labels.exportedOn() + " " + LocalDate.ofInstant(job.now(), ZoneOffset.UTC) + " · "
                + labels.annotations(job.counts().total()) + "\n\n");
        if (job.counts().total() == 0) {
            out.write(labels.noAnnotations() + "\n\n");
        } else {
            try {
                if (job.options().groupBy() == GroupBy.THEME) byTheme(job, out);
                else byDocument(job, out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        memos(job, out);
        out.flush();
    }

    private void byTheme(ExportJob job, Writer out) throws IOException {
        Map<Long, Long> counts = job.counts().byTheme();
        summaryHeader(out, job.labels().theme(), job.labels().count());
        for (Theme theme : job.data().themes()) {
            if (counts.containsKey(theme.id())) summaryRow(out, theme.name(), counts.get(theme.id()));
        }
        summaryTotal(out, job);
        for (Theme theme : job.data().themes()) {
            if (!counts.containsKey(theme.id())) continue;
            out.write("## " + TextSafety.markdownCell(theme.name()) + "\n\n");
            job.data().forEach(job.options().scope().queryForTheme(theme.id()), row -> entry(job, out, row,
                    "### " + TextSafety.markdownCell(row.documentTitle()) + " — " + job.labels().formatDate(row.document().date())));
        }
    }

    private void byDocument(ExportJob job, Writer out) throws IOException {
        Map<Long, Long> counts = job.counts().byDocument();
        summaryHeader(out, job.labels().document(), job.labels().count());
        for (Long docId : counts.keySet()) {
            DocumentSummary doc = job.data().summary(docId).orElseThrow();
            String title = doc.title() == null ? "#" + docId : doc.title();
            summaryRow(out, title + " (" + job.labels().formatDate(doc.date()) + ")", counts.get(docId));
        }
        summaryTotal(out, job);
        long[] current = {-1};
        job.data().forEach(job.options().scope().query(), row -> {
            if (row.document().id() != current[0]) {
                current[0] = row.document().id();
                line(out, "## " + TextSafety.markdownCell(row.documentTitle()) + "\n\n"
                        + job.labels().date() + ": " + job.labels().formatDate(row.document().date()) + "\n\n");
            }
            entry(job, out, row, "### " + TextSafety.markdownCell(row.theme().name()));
        });
    }

    private void entry(ExportJob job, Writer out, ExportRow row, String heading) {
        StringBuilder b = new StringBuilder(256).append(heading).append("\n\n");
        ExportOptions options = job.options();
        if (row.orphaned()) b.append("_(").append(job.labels().notFound()).append(")_\n\n");
        if (options.quotes()) {
            for (String quoteLine : LINE_BREAK.split(TextSafety.markdown(row.annotation().anchor().exact()), -1)) {
                b.append(quoteLine.isBlank() ? ">" : "> " + quoteLine).append('\n');
            }
            b.append('\n');
        }
        if (options.context()) {
            var anchor = row.annotation().anchor();
            b.append("…").append(TextSafety.markdownCell(anchor.prefix())).append(" **")
                    .append(TextSafety.markdownCell(anchor.exact()).strip()).append("** ")
                    .append(TextSafety.markdownCell(anchor.suffix())).append("…\n\n");
        }
        if (options.notes() && !row.note().isBlank()) {
            b.append("**").append(job.labels().note()).append(":** ")
                    .append(LINE_BREAK.matcher(TextSafety.markdown(row.note())).replaceAll("  \n")).append("\n\n");
        }
        line(out, b.toString());
        job.tracker().advance();
    }

    /** The memos after the notes: one heading per memo, saying what it is about, then its text. */
    private static void memos(ExportJob job, Writer out) throws IOException {
        if (!job.options().notes()) return;
        var memos = job.data().memos(job.options().scope());
        if (memos.isEmpty()) return;
        ReportLabels labels = job.labels();
        out.write("## " + labels.memos() + "\n\n");
        for (ScopedMemo m : memos) {
            StringBuilder heading = new StringBuilder("### ").append(labels.memoAbout(m.kindName()));
            if (!m.about().isEmpty()) heading.append(": ").append(TextSafety.markdownCell(m.about()));
            if (m.date() != null) heading.append(" — ").append(labels.formatDate(m.date()));
            if (!m.memo().title().isEmpty()) heading.append(" · ").append(TextSafety.markdownCell(m.memo().title()));
            out.write(heading + "\n\n");
            if (!m.memo().formerConference().isEmpty()) out.write("_" + TextSafety.markdownCell(m.memo().formerConference()) + "_\n\n");
            out.write(LINE_BREAK.matcher(TextSafety.markdown(m.memo().text())).replaceAll("  \n") + "\n\n");
        }
    }

    private static void summaryHeader(Writer out, String what, String count) throws IOException {
        out.write("| " + what + " | " + count + " |\n|---|---:|\n");
    }

    private static void summaryRow(Writer out, String name, long count) throws IOException {
        out.write("| " + TextSafety.markdownCell(name) + " | " + count + " |\n");
    }

    private static void summaryTotal(Writer out, ExportJob job) throws IOException {
        out.write("| **" + job.labels().total() + "** | **" + job.counts().total() + "** |\n\n");
    }

    private static void line(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
