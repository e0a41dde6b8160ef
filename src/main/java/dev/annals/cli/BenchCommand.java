package dev.annals.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run the performance benchmark in a temporary library and print the figures.")
public final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    AnnalsCommand root;

    @Option(names = "--docs", paramLabel = "N", defaultValue = "10000", description = "Synthetic documents to import (default ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--scale", arity = "0..1", split = ",", paramLabel = "N,N,...", fallbackValue = "1000,10000,100000",
            description = "Run once per library size (default 1000,10000,100000) and print a growth table.")
    List<Integer> scale;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (scale != null && scale.stream().anyMatch(n -> n < 1)) {
            throw new UserError(ExitStatus.USAGE, root.text().tr("cli.scaleSizes", "--scale sizes must be at least 1"));
        }
        if (docs < 1) throw new UserError(ExitStatus.USAGE, root.text().tr("cli.docs", "--docs must be at least 1"));
        root.environment().configureLogging(root.libraryFolder(), root.verbose);
        Benchmark benchmark = root.environment().benchmark().orElseThrow(() -> new UserError(ExitStatus.SOME_FAILED, root.text().tr("cli.benchMissing",
                "the benchmark is not part of this installation; in a source build run: java -jar target/annals-bench.jar bench")));
        if (scale != null) {
            List<Map<String, Object>> runs = scale.stream().map(n -> benchmark.run(n, root.err())).toList();
            ScaleTable table = new ScaleTable(scale, runs);
            if (json) Json.print(root.out(), table.json());
            else table.print(root.out());
            return ExitStatus.OK;
        }
        Map<String, Object> figures = benchmark.run(docs, root.err());
        if (json) {
            Json.print(root.out(), figures);
        } else {
            figures.forEach((name, value) -> root.out().println(name + "\t" + (value == null ? "-" : value)));
        }
        return ExitStatus.OK;
    }
}
