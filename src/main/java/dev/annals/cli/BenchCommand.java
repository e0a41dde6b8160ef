package dev.annals.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the performance benchmark in a temporary library and print the figures.")
public final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    AnnalsCommand root;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "10000", description = "Synthetic documents to import (default ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (docs < 1) throw new UserError(ExitStatus.USAGE, "--docs must be at least 1");
        root.environment().configureLogging(root.libraryFolder(), root.verbose);
        Map<String, Object> figures = root.environment().bench(docs, root.err());
        if (json) {
            Json.print(root.out(), figures);
        } else {
            figures.forEach((name, value) -> root.out().println(name + "\t" + (value == null ? "-" : value)));
        }
        return ExitStatus.OK;
    }
}
