package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.autocode.AutoCodePlan;
import dev.annals.logic.autocode.AutoCodePlan.Candidate;
import dev.annals.logic.autocode.AutoCodeResult;
import dev.annals.logic.autocode.AutoCoder;
import dev.annals.logic.search.InvalidQueryException;
import dev.annals.logic.search.SearchFilters;
import dev.annals.model.Annotation;
import dev.annals.model.ConferenceKind;
import dev.annals.model.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Command(name = "autocode", description = {"Tag every hit of a search with a theme, as one step (whole words; hits already tagged with the theme are skipped).",
        "QUERY: the language of search: words, \"exact phrase\", prefix*, -excluded, a OR b."})
public final class AutocodeCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print what was tagged and skipped as JSON.")
    boolean json;

    @Option(names = "--theme", paramLabel = "NAME", required = true, description = "The theme to tag with (see themes).")
    String theme;

    @Option(names = "--year", paramLabel = "YYYY", description = "Only documents dated in this year.")
    Integer year;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this conference kind: six-month-review, annual-national, thematic-review, online, other.")
    String kind;

    @Option(names = "--dry-run", description = "Only say what would be tagged; write nothing.")
    boolean dryRun;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
    List<String> query;

    /** Excluded words typed as separate arguments ("-word") belong to the query, as in search. */
    @Unmatched
    List<String> unmatched = new ArrayList<>();

    @Override
    protected int run(LibrarySession session) {
        CliText t = text();
        for (String arg : unmatched) {
            if (arg.startsWith("--")) throw new UserError(ExitStatus.USAGE, t.tr("autocode.unknownOption", "unknown option '" + arg + "' (see annals autocode --help)", arg));
        }
        ConferenceKind conferenceKind = SearchCommand.kindOption(t, kind);
        AutoCoder coder = session.autoCoder();
        Theme target = AnnotateJson.attempt(t, () -> coder.requireTheme(theme));
        String typed = String.join(" ", query) + (unmatched.isEmpty() ? "" : " " + String.join(" ", unmatched));
        AutoCodePlan plan;
        try {
            plan = coder.plan(typed, new SearchFilters(year, year, conferenceKind, null), target.id(), Integer.MAX_VALUE);
        } catch (InvalidQueryException e) {
            throw new UserError(ExitStatus.USAGE, t.describe(e));
        }
        AutoCodeResult result = dryRun ? null : coder.apply(plan, c -> true);
        if (json) {
            Json.print(out(), toJson(plan, result));
        } else {
            printHuman(plan, result);
        }
        return ExitStatus.OK;
    }

    private ObjectNode toJson(AutoCodePlan plan, AutoCodeResult result) {
        ObjectNode node = Json.object();
        node.put("query", plan.query());
        node.put("theme", plan.theme().name());
        node.put("dryRun", result == null);
        long skipped = plan.candidates().size() - plan.taggableCount();
        node.put("tagged", result == null ? 0 : result.tagged().size());
        node.put("wouldTag", result == null ? plan.taggableCount() : 0);
        node.put("skipped", skipped);
        ArrayNode passages = node.putArray("passages");
        var ids = result == null ? List.<Annotation>of().iterator() : result.tagged().iterator();
        for (Candidate c : plan.candidates()) {
            ObjectNode p = passages.addObject();
            p.put("docId", c.hit().docId());
            p.put("title", c.hit().title());
            p.put("start", c.hit().anchor().start());
            p.put("end", c.hit().anchor().end());
            p.put("quote", c.hit().anchor().exact());
            p.put("status", !c.taggable() ? "skipped" : result == null ? "would-tag" : "tagged");
            if (c.taggable() && result != null) p.put("annotationId", ids.next().id());
            else p.putNull("annotationId");
            if (c.taggable()) p.putNull("reason");
            else p.put("reason", c.skip().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return node;
    }

    private void printHuman(AutoCodePlan plan, AutoCodeResult result) {
        CliText t = text();
        for (Candidate c : plan.candidates()) {
            String what = !c.taggable() ? t.tr("autocode.skipped", "skipped (already tagged)") : result == null ? t.tr("autocode.wouldTag", "would tag") : t.tr("autocode.tagged", "tagged");
            out().println(c.hit().docId() + "\t[" + c.hit().anchor().start() + "," + c.hit().anchor().end() + ")\t" + what + "\t" + c.hit().anchor().exact());
        }
        long skipped = plan.candidates().size() - plan.taggableCount();
        String name = plan.theme().name();
        if (result == null) {
            out().println(t.tr("autocode.summaryDry", "would tag " + plan.taggableCount() + " passages with " + name + "; " + skipped + " already tagged",
                    plan.taggableCount(), name, skipped));
        } else {
            out().println(t.tr("autocode.summary", "tagged " + result.tagged().size() + " passages with " + name + " (one undoable step); " + skipped + " already tagged",
                    result.tagged().size(), name, skipped));
        }
    }
}
