package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.timeline.ConferenceNamer;
import dev.annals.model.Conference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.stream.Collectors;

@Command(name = "timeline", description = "List the conferences on the timeline, oldest first.")
public final class TimelineCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the conferences as JSON.")
    boolean json;

    @Option(names = "--person", paramLabel = "NAME", description = "Only conferences with a document that names this person (as in people show); repeatable: any of them.")
    java.util.List<String> people = new java.util.ArrayList<>();

    @Override
    protected int run(LibrarySession session) {
        ArrayNode array = json ? Json.array() : null; // Jackson starts only for --json
        java.util.Set<Long> named = namedDocuments(session);
        for (Conference c : session.timeline().conferences(ConferenceNamer.ENGLISH)) {
            if (named != null && c.docIds().stream().noneMatch(named::contains)) continue;
            if (json) {
                array.add(toJson(c));
            } else {
                String docs = c.docIds().stream().map(id -> "#" + id).collect(Collectors.joining(" "));
                out().println(c.id() + "\t" + c.date().iso() + "\t" + c.kind().id() + "\t" + c.title() + "\t" + docs);
            }
        }
        if (json) Json.print(out(), array);
        return ExitStatus.OK;
    }

    /** The documents that name any person asked for; null when none was asked for. */
    private java.util.Set<Long> namedDocuments(LibrarySession session) {
        if (people.isEmpty()) return null;
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (String typed : people) {
            ids.addAll(session.people().find(typed, ConferenceNamer.ENGLISH).orElseThrow(() -> new UserError(ExitStatus.SOME_FAILED,
                    text().tr("people.missing", "no person named '" + typed + "' (see annals people)", typed))).docIds());
        }
        return ids;
    }

    static ObjectNode toJson(Conference c) {
        ObjectNode node = Json.object();
        node.put("id", c.id());
        Json.putDate(node, c.date());
        node.put("title", c.title());
        node.put("kind", c.kind().id());
        ArrayNode docIds = node.putArray("docIds");
        c.docIds().forEach(docIds::add);
        return node;
    }
}
