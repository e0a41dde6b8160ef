package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rename", description = "Show a person under another name; the old name still finds them.")
public final class PeopleRenameCommand extends PeopleEditCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The person: a name or a form of it.")
    String name;

    @Parameters(index = "1", paramLabel = "NEW", description = "The name to show.")
    String newName;

    @Override
    protected String edit(LibrarySession session) {
        String key = find(session, name).key();
        session.peopleEditor().rename(key, newName);
        return key;
    }
}
