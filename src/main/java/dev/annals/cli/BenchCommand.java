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
        if (docs < 1) throw new UserError(ExitStatus.USAGE, root.text().tr("cli.docs", "--docs must be at least 1"));
        root.environment().configureLogging(root.libraryFolder(), root.verbose);
        Benchmark benchmark = root.environment().benchmark().orElseThrow(() -> new UserError(ExitStatus.SOME_FAILED, root.text().tr("cli.benchMissing",
                "the benchmark is not part of this installation; in a source build run: java -jar target/annals-bench.jar bench")));
        Map<String, Object> figures = benchmark.run(docs, root.err());
        if (json) {
            Json.print(root.out(), figures);
        } else {
            figures.forEach((name, value) -> root.out().println(name + "\t" + (value == null ? "-" : value)));
        }
        return ExitStatus.OK;
    }
}
