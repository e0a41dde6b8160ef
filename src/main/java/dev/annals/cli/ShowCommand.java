package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.model.Document;
import dev.annals.model.DocumentSummary;
import dev.annals.model.MetadataField;
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
                .orElseThrow(() -> new UserError(ExitStatus.SOME_FAILED, text().tr("doc.missing", "no document with id " + id + " (see annals list)", id)));
        var m = d.metadata();
        if (json) {
            ObjectNode node = ListCommand.toJson(new DocumentSummary(d.id(), m.title(), m.date(), m.source(), m.kind(),
                    d.chars(), d.sha256(), 0, m.dateSource()));
            node.put("text", d.text());
            ArrayNode people = node.putArray("people");
            m.people().forEach(people::add);
            node.put("dateSource", m.dateSource() == null ? null : m.dateSource().id());
            ArrayNode stated = node.putArray("metadata");
            for (MetadataField f : m.fields()) stated.addObject().put("key", f.key()).put("value", f.value());
            Json.print(out(), node);
            return ExitStatus.OK;
        }
        out().println(ListCommand.nullToEmpty(m.title()));
        if (m.date() == null) {
            out().println(text().tr("show.dateUnknown", "date:   unknown"));
        } else {
            String precision = m.date().precision().jsonName();
            String from = m.dateSource() == null ? "" : text().tr("show.dateFrom", ", from " + m.dateSource().id(), m.dateSource().id());
            String date = m.date().iso() + " (" + text().tr("precision." + precision, precision) + ")" + from;
            out().println(text().tr("show.date", "date:   " + date, date));
        }
        String source = ListCommand.nullToEmpty(m.source());
        out().println(text().tr("show.source", "source: " + source, source));
        String kind = m.kind() == null ? "" : m.kind().id();
        out().println(text().tr("show.kind", "kind:   " + kind, kind));
        String people = String.join("; ", m.people());
        out().println(text().tr("show.people", "people: " + people, people));
        for (MetadataField f : m.fields()) out().println(f.key() + ": " + f.value());
        out().println();
        out().println(d.text());
        return ExitStatus.OK;
    }
}
