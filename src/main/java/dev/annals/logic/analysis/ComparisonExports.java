package dev.annals.logic.analysis;

import dev.annals.logic.analysis.ConferenceComparison.Column;
import dev.annals.logic.analysis.ConferenceComparison.ThemeShare;
import dev.annals.logic.export.TextSafety;
import dev.annals.model.Conference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A comparison of conferences as a Markdown report (everything the window shows, in its language) or as a CSV table
 * with one row per conference and theme (fixed English headers, for spreadsheets and scripts), written atomically.
 */
public final class ComparisonExports {

    public static final List<String> CSV_COLUMNS = List.of("conference_id", "conference", "date", "kind", "theme", "passages", "share", "only_here");

    /** The report's words; {@code about} says a conference's date and kind. */
    public record Labels(String title, String theme, String passages, String share, String onlyHere, String people,
                         String noPeople, String tagged, String noPassages, Function<Conference, String> about) {
    }

    private ComparisonExports() {
    }

    public static void writeMarkdown(List<Column> columns, Labels labels, Path target, Path libraryFolder) throws IOException {
        CooccurrenceExports.writeText(target, libraryFolder, w -> markdown(columns, labels, w));
    }

    public static void writeCsv(List<Column> columns, Path target, Path libraryFolder) throws IOException {
        CooccurrenceExports.writeText(target, libraryFolder, w -> csv(columns, w));
    }

    public static void markdown(List<Column> columns, Labels labels, Writer w) throws IOException {
        w.write("# " + labels.title() + "\n");
        for (Column c : columns) {
            w.write("\n## " + TextSafety.markdown(c.conference().title()) + "\n\n");
            w.write(TextSafety.markdown(labels.about().apply(c.conference())) + "\n\n");
            w.write("| " + labels.theme() + " | " + labels.passages() + " | " + labels.share() + " |\n|---|---:|---:|\n");
            for (ThemeShare s : c.themes()) {
                String name = TextSafety.markdownCell(s.theme().name());
                w.write("| " + (s.onlyHere() ? "**" + name + "** ◆ " + labels.onlyHere() : name) + " | " + s.count() + " | " + percent(s.share()) + " |\n");
            }
            w.write("\n**" + labels.people() + ":** " + (c.people().isEmpty() ? labels.noPeople() : TextSafety.markdown(String.join(", ", c.people()))) + "\n\n");
            w.write("**" + labels.tagged() + "**\n\n");
            if (c.passages().isEmpty()) w.write(labels.noPassages() + "\n");
            for (Passage p : c.passages()) {
                w.write("- “" + TextSafety.markdownCell(p.quote()) + "” — " + TextSafety.markdownCell(themeName(c, p.themeId())) + "\n");
            }
        }
    }

    public static void csv(List<Column> columns, Writer w) throws IOException {
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
        printer.printRecord(CSV_COLUMNS);
        for (Column c : columns) {
            Conference conf = c.conference();
            for (ThemeShare s : c.themes()) {
                printer.printRecord(conf.id(), TextSafety.neutraliseFormula(conf.title()), conf.date().iso(), conf.kind().id(),
                        TextSafety.neutraliseFormula(s.theme().name()), s.count(), String.format(Locale.ROOT, "%.3f", s.share()), s.onlyHere());
            }
        }
        printer.flush();
    }

    /** "50%", rounded to a whole percent. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String themeName(Column c, long themeId) {
        return c.themes().stream().filter(s -> s.theme().id() == themeId).findFirst().map(s -> s.theme().name()).orElse("");
    }
}
