package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.model.DocumentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List the library's documents, sorted by date then title.")
public final class ListCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the list as JSON.")
    boolean json;

    @Override
    protected int run(LibrarySession session) {
        ArrayNode array = json ? Json.array() : null; // Jackson starts only for --json
        for (DocumentSummary d : session.documents().list()) {
            if (json) array.add(toJson(d));
            else out().println(d.id() + "\t" + (d.date() == null ? "?" : d.date().iso()) + "\t" + nullToEmpty(d.title()));
        }
        if (json) Json.print(out(), array);
        return ExitStatus.OK;
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static ObjectNode toJson(DocumentSummary d) {
        ObjectNode node = Json.object();
        node.put("id", d.id());
        node.put("title", d.title());
        Json.putDate(node, d.date());
        node.put("source", d.source());
        node.put("kind", d.kind() == null ? null : d.kind().id());
        node.put("chars", d.chars());
        node.put("sha256", d.sha256());
        return node;
    }
}
