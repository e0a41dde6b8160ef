package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.people.Person;
import dev.annals.logic.timeline.ConferenceNamer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "show", description = "One person: every document that names them, oldest first, with the conference and the rank or office it gives.")
public final class PeopleShowCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the person as JSON.")
    boolean json;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "The name or a form of it (\"Tô Lâm\", \"Đại tướng Tô Lâm\"); tone marks optional when that fits one person.")
    List<String> name;

    @Override
    protected int run(LibrarySession session) {
        String typed = String.join(" ", name);
        Person p = session.people().find(typed, ConferenceNamer.ENGLISH).orElseThrow(() -> new UserError(ExitStatus.SOME_FAILED,
                text().tr("people.missing", "no person named '" + typed + "' (see annals people)", typed)));
        if (json) {
            ObjectNode node = PeopleCommand.summary(p);
            ArrayNode mentions = node.putArray("mentions");
            for (Person.Mention m : p.mentions()) {
                ObjectNode mention = mentions.addObject();
                mention.put("docId", m.docId());
                mention.put("title", m.documentTitle());
                Json.putDate(mention, m.date());
                if (m.conferenceId() == null) mention.putNull("conferenceId");
                else mention.put("conferenceId", m.conferenceId());
                mention.put("conference", m.conferenceTitle());
                mention.put("as", m.written());
                mention.put("office", m.title());
            }
            Json.print(out(), node);
            return ExitStatus.OK;
        }
        out().println(p.name() + (p.variants().isEmpty() ? "" : "\t" + String.join(" · ", p.variants())));
        for (Person.Mention m : p.mentions()) {
            out().println((m.date() == null ? "?" : m.date().iso()) + "\t" + m.docId() + "\t" + m.written() + "\t" + ListCommand.nullToEmpty(m.documentTitle()));
        }
        return ExitStatus.OK;
    }
}
