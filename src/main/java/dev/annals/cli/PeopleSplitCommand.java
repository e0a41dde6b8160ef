package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.people.Person;
import dev.annals.logic.timeline.ConferenceNamer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "split", description = "Make one written form (\"Đại tướng Tô Lâm\") a person of its own, named as written.")
public final class PeopleSplitCommand extends PeopleEditCommand {

    @Parameters(paramLabel = "VARIANT", arity = "1..*", description = "The form exactly as in the person's variants, in any case.")
    List<String> variant;

    @Override
    protected String edit(LibrarySession session) {
        String written = String.join(" ", variant);
        session.peopleEditor().split(written);
        return session.people().people(ConferenceNamer.ENGLISH).stream()
                .filter(p -> p.variants().stream().anyMatch(v -> v.equalsIgnoreCase(written.strip().replaceAll("\\s+", " "))))
                .map(Person::key).findFirst().orElseThrow();
    }
}
