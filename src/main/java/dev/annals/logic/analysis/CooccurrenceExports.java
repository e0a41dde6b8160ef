package dev.annals.logic.analysis;

import dev.annals.logic.export.AtomicFileWriter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The matrix as a CSV table (RFC 4180, a header row of theme names) and a picture as a PNG file, written atomically. */
public final class CooccurrenceExports {

    private CooccurrenceExports() {
    }

    public static void writeCsv(CooccurrenceMatrix m, Path target, Path libraryFolder) throws IOException {
        writeText(target, libraryFolder, w -> csv(m, w));
    }

    /** Text to write as UTF-8. */
    interface Text {
        void writeTo(Writer w) throws IOException;
    }

    /** Writes UTF-8 text atomically; a target inside the library folder is refused. */
    static void writeText(Path target, Path libraryFolder, Text text) throws IOException {
        AtomicFileWriter.write(target, true, libraryFolder, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            text.writeTo(w);
            w.flush();
        });
    }

    /** The table, CRLF between rows, to a writer (a file above, standard output for the command line). */
    public static void csv(CooccurrenceMatrix m, Writer w) throws IOException {
        w.write(cell(m.unit().id()));
        for (var theme : m.themes()) w.write("," + cell(theme.name()));
        w.write("\r\n");
        for (int i = 0; i < m.size(); i++) {
            w.write(cell(m.themes().get(i).name()));
            for (int j = 0; j < m.size(); j++) w.write("," + m.count(i, j));
            w.write("\r\n");
        }
    }

    /** Writes bytes already encoded (a PNG made by the window). */
    public static void writeBytes(byte[] bytes, Path target, Path libraryFolder) throws IOException {
        AtomicFileWriter.write(target, true, libraryFolder, out -> out.write(bytes));
    }

    /** Quoted when needed; a name that a spreadsheet would run as a formula gets a leading apostrophe. */
    static String cell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
