package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.people.PeopleEditException;
import dev.annals.logic.people.Person;
import dev.annals.logic.timeline.ConferenceNamer;
import picocli.CommandLine.Option;

/** A people edit from the command line: finds people by a typed name, saves the edit, prints the person it leaves. */
abstract class PeopleEditCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the person as the people object.")
    boolean json;

    @Override
    protected final int run(LibrarySession session) {
        String key;
        try {
            key = edit(session);
        } catch (PeopleEditException e) {
            throw refusal(e);
        }
        Person p = session.people().people(ConferenceNamer.ENGLISH).stream().filter(x -> x.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the edited person is gone: " + key));
        if (json) Json.print(out(), PeopleCommand.summary(p));
        else out().println(p.name() + "\t" + String.join(" · ", p.variants()));
        return ExitStatus.OK;
    }

    /** Saves the edit; returns the key of the person to print. */
    protected abstract String edit(LibrarySession session);

    protected Person find(LibrarySession session, String typed) {
        return session.people().find(typed, ConferenceNamer.ENGLISH).orElseThrow(() -> new UserError(ExitStatus.SOME_FAILED,
                text().tr("people.missing", "no person named '" + typed + "' (see annals people)", typed)));
    }

    private UserError refusal(PeopleEditException e) {
        return switch (e.reason()) {
            case EMPTY_NAME -> new UserError(ExitStatus.USAGE, text().tr("people.emptyName", "the new name is empty"));
            case ONE_PERSON -> new UserError(ExitStatus.USAGE, text().tr("people.onePerson",
                    "merge needs two or more different people (" + e.subject() + ")", e.subject()));
            case UNKNOWN_FORM -> new UserError(ExitStatus.SOME_FAILED, text().tr("people.unknownForm",
                    "no person is written '" + e.subject() + "' (see annals people show NAME)", e.subject()));
            case ALREADY_ALONE -> new UserError(ExitStatus.USAGE, text().tr("people.alone",
                    "'" + e.subject() + "' is already a person of its own", e.subject()));
        };
    }
}
