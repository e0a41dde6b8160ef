package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.analysis.ConferenceComparison;
import dev.annals.logic.analysis.ConferenceComparison.Column;
import dev.annals.logic.analysis.ConferenceComparison.ThemeShare;
import dev.annals.logic.analysis.Passage;
import dev.annals.logic.timeline.ConferenceNamer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Locale;

@Command(name = "compare", description = {"2 to 4 conferences side by side: date, kind, themes with count and share, people named, tagged passages.",
        "A theme that only one of them has is marked."})
public final class CompareCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the comparison as JSON.")
    boolean json;

    @Parameters(paramLabel = "ID", arity = "1..*", description = "Conference ids (see annals timeline).")
    List<Long> ids;

    @Override
    protected int run(LibrarySession session) {
        CliText t = text();
        if (ids.size() < ConferenceComparison.MIN || ids.size() > ConferenceComparison.MAX || ids.stream().distinct().count() != ids.size()) {
            throw new UserError(ExitStatus.USAGE, t.tr("analyze.compare.count", "compare needs 2 to 4 different conference ids"));
        }
        ConferenceComparison comparison = session.comparison();
        for (long id : ids) {
            if (comparison.find(id, ConferenceNamer.ENGLISH).isEmpty()) {
                throw new UserError(ExitStatus.SOME_FAILED, t.tr("analyze.conference", "no conference with id " + id + " (see annals timeline)", id));
            }
        }
        List<Column> columns = comparison.compare(ids, ConferenceNamer.ENGLISH);
        if (json) {
            ArrayNode array = Json.array();
            columns.forEach(c -> array.add(toJson(c)));
            Json.print(out(), array);
        } else {
            columns.forEach(this::print);
        }
        return ExitStatus.OK;
    }

    private static ObjectNode toJson(Column c) {
        ObjectNode node = Json.object();
        node.put("id", c.conference().id());
        node.put("title", c.conference().title());
        Json.putDate(node, c.conference().date());
        node.put("kind", c.conference().kind().id());
        node.put("passageCount", c.passages().size());
        ArrayNode themes = node.putArray("themes");
        for (ThemeShare s : c.themes()) {
            themes.addObject().put("name", s.theme().name()).put("color", s.theme().color()).put("count", s.count())
                    .put("share", Math.round(s.share() * 1000) / 1000.0).put("onlyHere", s.onlyHere());
        }
        ArrayNode people = node.putArray("people");
        c.people().forEach(people::add);
        ArrayNode passages = node.putArray("passages");
        for (Passage p : c.passages()) {
            passages.addObject().put("annotationId", p.annotationId()).put("docId", p.docId()).put("theme", theme(c, p.themeId()))
                    .put("start", p.start()).put("end", p.end()).put("quote", p.quote());
        }
        return node;
    }

    private static String theme(Column c, long themeId) {
        return c.themes().stream().filter(s -> s.theme().id() == themeId).findFirst().map(s -> s.theme().name()).orElse(null);
    }

    private void print(Column c) {
        out().println(c.conference().id() + "\t" + c.conference().date().iso() + "\t" + c.conference().kind().id() + "\t" + c.conference().title());
        for (ThemeShare s : c.themes()) {
            out().println("  " + s.theme().name() + "\t" + s.count() + "\t" + String.format(Locale.ROOT, "%.0f%%", s.share() * 100)
                    + (s.onlyHere() ? "\t" + text().tr("analyze.compare.only", "only here") : ""));
        }
        if (!c.people().isEmpty()) out().println("  " + String.join(", ", c.people()));
    }
}
