package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "remove", description = "Delete every example annotation (the themes stay).")
public final class ExamplesRemoveCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print {\"removed\":N}.")
    boolean json;

    @Override
    protected int run(LibrarySession session) {
        int removed = session.annotate().starterExamples().remove();
        if (json) Json.print(out(), Json.object().put("removed", removed));
        else out().println(text().tr("examples.removed", "removed " + removed + " example annotations", removed));
        return ExitStatus.OK;
    }
}
