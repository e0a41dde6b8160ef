package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.annotate.Codebook;
import dev.annals.logic.search.InvalidQueryException;
import dev.annals.logic.search.NoteHit;
import dev.annals.logic.search.SearchFilters;
import dev.annals.logic.search.SearchHit;
import dev.annals.logic.search.SearchRequest;
import dev.annals.model.ConferenceKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

@Command(name = "search", description = {"Full-text search, insensitive to case, tone marks and đ.",
        "QUERY: words (all required), \"exact phrase\", prefix*, -excluded, a OR b."})
public final class SearchCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the hits as JSON.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N documents (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--from-year", paramLabel = "YYYY", description = "Only documents dated in or after this year.")
    Integer fromYear;

    @Option(names = "--to-year", paramLabel = "YYYY", description = "Only documents dated in or before this year.")
    Integer toYear;

    @Option(names = "--kind", paramLabel = "KIND", description = "Only this conference kind: six-month-review, annual-national, thematic-review, online, other.")
    String kind;

    @Option(names = "--theme", paramLabel = "NAME", description = "Only documents annotated with this theme (or a sub-theme).")
    String theme;

    @Option(names = "--notes", description = "Search the annotations' notes instead of the texts.")
    boolean notes;

    @Option(names = "--memos", description = "Search the memos instead of the texts.")
    boolean memos;

    @Option(names = "--rebuild-index", description = "Rebuild the search index first (a repair).")
    boolean rebuild;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
    List<String> query;

    /** Excluded words typed as separate arguments ("-word") look like options to the parser: they belong to the query. */
    @Unmatched
    List<String> unmatched = new java.util.ArrayList<>();

    @Override
    protected int run(LibrarySession session) {
        CliText t = text();
        for (String arg : unmatched) {
            if (arg.startsWith("--")) throw new UserError(ExitStatus.USAGE, t.tr("search.unknownOption", "unknown option '" + arg + "' (see annals search --help)", arg));
        }
        if (limit < 1) throw new UserError(ExitStatus.USAGE, t.tr("search.limit", "--limit must be at least 1"));
        if (fromYear != null && toYear != null && fromYear > toYear) throw new UserError(ExitStatus.USAGE, t.tr("search.years", "--from-year is after --to-year"));
        ConferenceKind conferenceKind = kindOption(t, kind);
        if (theme != null && Codebook.of(session.search().themes()).lookup(theme).isEmpty()) {
            throw new UserError(ExitStatus.USAGE, t.tr("theme.missing", "no theme named '" + theme + "' (see annals themes)", theme));
        }
        if (rebuild) session.search().rebuildIndex();
        var filters = new SearchFilters(fromYear, toYear, conferenceKind, theme);
        var request = new SearchRequest(String.join(" ", query) + " " + String.join(" ", unmatched), filters, limit);
        List<SearchHit> hits;
        try {
            if (notes && memos) throw new UserError(ExitStatus.USAGE, t.tr("search.memosAndNotes", "give --notes or --memos, not both"));
            if (memos) return MemoHits.print(out(), json, session.search().memos(request.query(), limit));
            if (notes) return printNotes(session.search().searchEverything(request).notes());
            hits = session.search().search(request);
        } catch (InvalidQueryException e) {
            throw new UserError(ExitStatus.USAGE, t.describe(e));
        }
        if (json) {
            ArrayNode array = Json.array();
            hits.forEach(h -> array.add(toJson(h)));
            Json.print(out(), array);
        } else {
            for (SearchHit h : hits) {
                out().println(h.docId() + "\t" + (h.date() == null ? "?" : h.date().iso()) + "\t" + ListCommand.nullToEmpty(h.title())
                        + "\t[" + h.start() + "," + h.end() + ")\t" + h.snippet().marked("[", "]"));
            }
        }
        return ExitStatus.OK;
    }

    private int printNotes(List<NoteHit> hits) {
        ArrayNode array = json ? Json.array() : null; // Jackson starts only for --json
        for (NoteHit h : hits) {
            if (!json) {
                out().println(h.annotationId() + "\t" + h.docId() + "\t" + h.theme() + "\t[" + h.start() + "," + h.end() + ")\t" + h.note().marked("[", "]"));
                continue;
            }
            ObjectNode node = array.addObject();
            node.put("annotationId", h.annotationId());
            node.put("docId", h.docId());
            node.put("title", h.documentTitle());
            node.put("theme", h.theme());
            node.put("start", h.start());
            node.put("end", h.end());
            node.put("snippet", h.note().marked("[", "]"));
        }
        if (json) Json.print(out(), array);
        return ExitStatus.OK;
    }

    /** The --kind option read (null when not given), or a usage error that lists the kinds. */
    static ConferenceKind kindOption(CliText t, String kind) {
        String kinds = Arrays.stream(ConferenceKind.values()).map(ConferenceKind::id).collect(Collectors.joining(", "));
        return kind == null ? null : ConferenceKind.fromId(kind).orElseThrow(() -> new UserError(ExitStatus.USAGE,
                t.tr("search.kind", "unknown --kind '" + kind + "' (use " + kinds + ")", kind, kinds)));
    }

    static ObjectNode toJson(SearchHit h) {
        ObjectNode node = Json.object();
        node.put("docId", h.docId());
        node.put("title", h.title());
        node.put("date", h.date() == null ? null : h.date().iso());
        node.put("start", h.start());
        node.put("end", h.end());
        node.put("snippet", h.snippet().marked("[", "]"));
        return node;
    }
}
