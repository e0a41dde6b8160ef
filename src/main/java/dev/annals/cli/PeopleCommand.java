package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.people.Person;
import dev.annals.logic.timeline.ConferenceNamer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "people", description = {"List the people the articles name with a rank or office, with their documents, conferences and ranks over time.",
        "The forms of one name (\"Đại tướng Tô Lâm\", \"Bộ trưởng Tô Lâm\") are one person."}, subcommands = {PeopleShowCommand.class, PeopleMergeCommand.class, PeopleSplitCommand.class, PeopleRenameCommand.class})
public final class PeopleCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the people as JSON.")
    boolean json;

    @Override
    protected int run(LibrarySession session) {
        List<Person> people = session.people().people(ConferenceNamer.ENGLISH);
        if (json) {
            ArrayNode array = Json.array();
            people.forEach(p -> array.add(summary(p)));
            Json.print(out(), array);
            return ExitStatus.OK;
        }
        for (Person p : people) {
            String titles = String.join(" → ", p.titles().stream().map(Person.Tenure::title).toList());
            out().println(p.name() + "\t" + text().tr("people.counts", plural(p.docIds().size(), "document") + ", " + plural(p.conferenceIds().size(), "conference"),
                    p.docIds().size(), p.conferenceIds().size()) + "\t" + titles);
        }
        return ExitStatus.OK;
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static ObjectNode summary(Person p) {
        ObjectNode node = Json.object();
        node.put("name", p.name());
        ArrayNode variants = node.putArray("variants");
        p.variants().forEach(variants::add);
        ArrayNode docs = node.putArray("docIds");
        p.docIds().forEach(docs::add);
        ArrayNode conferences = node.putArray("conferenceIds");
        p.conferenceIds().forEach(conferences::add);
        ArrayNode titles = node.putArray("titles");
        for (Person.Tenure t : p.titles()) {
            ObjectNode title = titles.addObject();
            title.put("title", t.title());
            title.put("first", t.first() == null ? null : t.first().iso());
            title.put("last", t.last() == null ? null : t.last().iso());
        }
        return node;
    }
}
