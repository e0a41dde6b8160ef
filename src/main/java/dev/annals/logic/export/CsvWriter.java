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

    @Override
    public void write(ExportJob job, OutputStream stream) throws IOException {
        if (job.options().bom()) stream.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        ExportOptions options = job.options();
        List<String> header = new ArrayList<>(COLUMNS);
        if (options.context()) header.addAll(CONTEXT_COLUMNS);
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
                print(printer, cells);
                job.tracker().advance();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }

    private static void print(CSVPrinter printer, List<String> cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
