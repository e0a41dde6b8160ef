package dev.annals.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code annals analyze ...}: analyses across the library's themes. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Analyses across the library: which themes occur together, and conferences compared.",
        subcommands = {CooccurrenceCommand.class, CompareCommand.class})
public final class AnalyzeCommand implements Runnable {

    @ParentCommand
    AnnalsCommand root;

    @Override
    public void run() {
        throw new UserError(ExitStatus.USAGE, root.text().tr("analyze.subcommand", "analyze needs a subcommand: cooccurrence or compare (see annals analyze --help)"));
    }
}
