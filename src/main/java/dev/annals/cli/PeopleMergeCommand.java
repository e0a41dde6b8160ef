package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "merge", description = "Merge two or more people into the first, under its name; kept when articles are imported again.")
public final class PeopleMergeCommand extends PeopleEditCommand {

    @Parameters(paramLabel = "NAME", arity = "2..*", description = "The people, each a name or a form of it (quote names with spaces).")
    List<String> names;

    @Override
    protected String edit(LibrarySession session) {
        List<String> keys = names.stream().map(n -> find(session, n).key()).toList();
        session.peopleEditor().merge(keys);
        return keys.get(0);
    }
}
