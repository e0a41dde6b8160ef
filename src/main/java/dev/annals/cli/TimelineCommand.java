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

    @Override
    protected int run(LibrarySession session) {
        ArrayNode array = json ? Json.array() : null; // Jackson starts only for --json
        for (Conference c : session.timeline().conferences(ConferenceNamer.ENGLISH)) {
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
