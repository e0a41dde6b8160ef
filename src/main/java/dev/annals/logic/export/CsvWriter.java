package dev.annals.logic.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per annotation, RFC 4180 (CRLF between records, quotes doubled), UTF-8 with an optional BOM for Excel.
 * Text cells that a spreadsheet would read as a formula are prefixed with an apostrophe.
 */
final class CsvWriter implements FormatWriter {

    static final List<String> COLUMNS = List.of("document", "date", "theme", "quote", "note", "start", "end", "created", "modified");
    static final List<String> CONTEXT_COLUMNS = List.of("prefix", "suffix");
    /** The last column: "annotation", or what a memo row is about ("document-memo", "conference-memo"…). */
    static final String KIND_COLUMN = "kind";

    @Override
    public void write(ExportJob job, OutputStream stream) throws IOException {
        if (job.options().bom()) stream.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        ExportOptions options = job.options();
        List<String> header = new ArrayList<>(COLUMNS);
        if (options.context()) header.addAll(CONTEXT_COLUMNS);
        header.add(KIND_COLUMN);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header);
        List<String> cells = new ArrayList<>(header.size());
        try {
            job.data().forEach(options.scope().query(), row -> {
                cells.clear();
                var a = row.annotation();
                cells.add(TextSafety.neutraliseFormula(row.documentTitle()));
                cells.add(row.document().date() == null ? "" : row.document().date().iso());
                cells.add(TextSafety.neutraliseFormula(row.theme().name()));
                cells.add(options.quotes() ? TextSafety.neutraliseFormula(a.anchor().exact()) : "");
                cells.add(options.notes() ? TextSafety.neutraliseFormula(row.note()) : "");
                cells.add(Integer.toString(a.anchor().start()));
                cells.add(Integer.toString(a.anchor().end()));
                cells.add(a.created() == null ? "" : a.created().toString());
                cells.add(a.modified() == null ? "" : a.modified().toString());
                if (options.context()) {
                    cells.add(TextSafety.neutraliseFormula(a.anchor().prefix()));
                    cells.add(TextSafety.neutraliseFormula(a.anchor().suffix()));
                }
                cells.add("annotation");
                print(printer, cells);
                job.tracker().advance();
            });
            if (options.notes()) job.data().memos(options.scope()).forEach(m -> print(printer, memoRow(m, options.context())));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    /** A memo in the annotation columns: what it is about as the document (or theme), its text as the note. */
    private static List<String> memoRow(ScopedMemo m, boolean context) {
        List<String> cells = new ArrayList<>();
        boolean theme = m.theme() != null;
        cells.add(theme ? "" : TextSafety.neutraliseFormula(m.about()));
        cells.add(m.date() == null ? "" : m.date().iso());
        cells.add(theme ? TextSafety.neutraliseFormula(m.about()) : "");
        cells.add("");
        String text = m.memo().title().isEmpty() ? m.memo().text() : m.memo().title() + "\n" + m.memo().text();
        cells.add(TextSafety.neutraliseFormula(text));
        cells.add("");
        cells.add("");
        cells.add(m.memo().created().toString());
        cells.add(m.memo().updated().toString());
        if (context) cells.addAll(List.of("", ""));
        cells.add(m.kindName() + "-memo");
        return cells;
    }

    private static void print(CSVPrinter printer, List<String> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
