package dev.annals.logic.analysis;

import dev.annals.logic.export.TextSafety;
import dev.annals.logic.timeline.Period;
import dev.annals.logic.timeline.ThemeTrend;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Timeline's "Themes over time" as a CSV table: a row per theme, a column per period ("2021" for a year or for
 * articles dated only to the year, "2021-Q2" for a quarter), written atomically like the other tables.
 */
public final class ThemeTrendExports {

    private ThemeTrendExports() {
    }

    public static void writeCsv(ThemeTrend trend, Path target, Path libraryFolder) throws IOException {
        CooccurrenceExports.writeText(target, libraryFolder, w -> csv(trend, w));
    }

    /** RFC 4180 as the comparison's table is written, names that a spreadsheet would run as formulas neutralised. */
    public static void csv(ThemeTrend trend, Writer w) throws IOException {
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
        List<Object> header = new ArrayList<>(List.of("theme"));
        trend.periods().forEach(p -> header.add(label(p)));
        printer.printRecord(header);
        for (var theme : trend.themes()) {
            List<Object> row = new ArrayList<>(List.of(TextSafety.neutraliseFormula(theme.name())));
            for (int i = 0; i < trend.periods().size(); i++) row.add(trend.count(theme.id(), i));
            printer.printRecord(row);
        }
        printer.flush();
    }

    static String label(Period p) {
        return p.wholeYear() ? Integer.toString(p.year()) : p.year() + "-Q" + p.quarter();
    }
}
