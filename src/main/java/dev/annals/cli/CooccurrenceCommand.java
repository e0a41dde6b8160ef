package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.analysis.CooccurrenceExports;
import dev.annals.logic.analysis.CooccurrenceFilter;
import dev.annals.logic.analysis.CooccurrenceMatrix;
import dev.annals.logic.analysis.CooccurrenceUnit;
import dev.annals.model.ConferenceKind;
import dev.annals.model.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@Command(name = "cooccurrence", description = {"Themes × themes: how many pairs of overlapping passages, paragraphs or documents hold both.",
        "On the diagonal: the theme's passages (overlap), or the paragraphs or documents that hold it."})
public final class CooccurrenceCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the matrix as JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print the table as CSV (RFC 4180, a header row of theme names).")
    boolean csv;

    @Option(names = "--by", paramLabel = "overlap|paragraph|document", defaultValue = "paragraph",
            description = "What two themes must share (default ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only documents dated in this year.")
    Integer year;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this conference kind: six-month-review, annual-national, thematic-review, online, other.")
    String kind;

    @Option(names = "--conference", paramLabel = "ID", description = "Only the documents of this conference (see timeline).")
    Long conference;

    @Override
    protected int run(LibrarySession session) {
        CliText t = text();
        if (json && csv) throw new UserError(ExitStatus.USAGE, t.tr("analyze.jsonOrCsv", "choose --json or --csv, not both"));
        CooccurrenceUnit unit = CooccurrenceUnit.fromId(by).orElseThrow(() -> new UserError(ExitStatus.USAGE,
                t.tr("analyze.by", "--by must be overlap, paragraph or document")));
        ConferenceKind conferenceKind = SearchCommand.kindOption(t, kind);
        if (conference != null && session.timeline().refresh().stream().noneMatch(c -> c.id() == conference)) {
            throw new UserError(ExitStatus.SOME_FAILED, t.tr("analyze.conference", "no conference with id " + conference + " (see annals timeline)", conference));
        }
        CooccurrenceMatrix m = session.cooccurrence().matrix(unit, new CooccurrenceFilter(year, conferenceKind, conference));
        if (json) Json.print(out(), toJson(m));
        else if (csv) printCsv(m);
        else printTable(m);
        return ExitStatus.OK;
    }

    private static ObjectNode toJson(CooccurrenceMatrix m) {
        ObjectNode node = Json.object();
        node.put("by", m.unit().id());
        ArrayNode themes = node.putArray("themes");
        for (int i = 0; i < m.size(); i++) {
            Theme theme = m.themes().get(i);
            themes.addObject().put("id", theme.id()).put("name", theme.name()).put("color", theme.color()).put("count", m.count(i, i));
        }
        ArrayNode counts = node.putArray("counts");
        for (int i = 0; i < m.size(); i++) {
            ArrayNode row = counts.addArray();
            for (int j = 0; j < m.size(); j++) row.add(m.count(i, j));
        }
        ArrayNode pairs = node.putArray("pairs");
        pairs(m).forEach(p -> pairs.addObject().put("first", m.themes().get(p[0]).name()).put("second", m.themes().get(p[1]).name()).put("count", p[2]));
        return node;
    }

    /** The pairs of different themes that occur together, the most frequent first. */
    private static List<int[]> pairs(CooccurrenceMatrix m) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < m.size(); i++) {
            for (int j = i + 1; j < m.size(); j++) if (m.count(i, j) > 0) pairs.add(new int[]{i, j, m.count(i, j)});
        }
        pairs.sort(Comparator.comparingInt((int[] p) -> -p[2]).thenComparingInt(p -> p[0]).thenComparingInt(p -> p[1]));
        return pairs;
    }

    private void printCsv(CooccurrenceMatrix m) {
        StringWriter table = new StringWriter();
        try {
            CooccurrenceExports.csv(m, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out().print(table);
        out().flush();
    }

    private void printTable(CooccurrenceMatrix m) {
        if (m.size() == 0) {
            out().println(text().tr("analyze.empty", "no tagged passages in scope"));
            return;
        }
        StringBuilder header = new StringBuilder();
        m.themes().forEach(theme -> header.append('\t').append(theme.name()));
        out().println(header);
        for (int i = 0; i < m.size(); i++) {
            StringBuilder row = new StringBuilder(m.themes().get(i).name());
            for (int j = 0; j < m.size(); j++) row.append('\t').append(m.count(i, j));
            out().println(row);
        }
    }
}
