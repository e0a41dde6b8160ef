package dev.annals.logic.analysis;

import dev.annals.logic.timeline.Period;
import dev.annals.logic.timeline.ThemeTrend;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

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

    public static void csv(ThemeTrend trend, Writer w) throws IOException {
        w.write("theme");
        for (Period p : trend.periods()) w.write("," + label(p));
        w.write("\r\n");
        for (var theme : trend.themes()) {
            w.write(CooccurrenceExports.cell(theme.name()));
            for (int i = 0; i < trend.periods().size(); i++) w.write("," + trend.count(theme.id(), i));
            w.write("\r\n");
        }
    }

    static String label(Period p) {
        return p.wholeYear() ? Integer.toString(p.year()) : p.year() + "-Q" + p.quarter();
    }
}
