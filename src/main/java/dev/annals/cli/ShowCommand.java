package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.model.Document;
import dev.annals.model.DocumentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one document: its metadata and normalized text.")
public final class ShowCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the document as JSON.")
    boolean json;

    @Parameters(paramLabel = "ID", description = "The document id (see list).")
    long id;

    @Override
    protected int run(LibrarySession session) {
        Document d = session.documents().find(id)
                .orElseThrow(() -> new UserError(ExitStatus.SOME_FAILED, "no document with id " + id + " (see annals list)"));
        var m = d.metadata();
        if (json) {
            ObjectNode node = ListCommand.toJson(new DocumentSummary(d.id(), m.title(), m.date(), m.source(), m.kind(), d.chars(), d.sha256(), 0));
            node.put("text", d.text());
            ArrayNode people = node.putArray("people");
            m.people().forEach(people::add);
            Json.print(out(), node);
            return ExitStatus.OK;
        }
        out().println(ListCommand.nullToEmpty(m.title()));
        out().println("date:   " + (m.date() == null ? "unknown" : m.date().iso() + " (" + m.date().precision().jsonName() + ")"));
        out().println("source: " + ListCommand.nullToEmpty(m.source()));
        out().println("kind:   " + (m.kind() == null ? "" : m.kind().id()));
        out().println("people: " + String.join("; ", m.people()));
        out().println();
        out().println(d.text());
        return ExitStatus.OK;
    }
}
