package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.cli.Cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the command line on a library folder, with what it printed on stdout and stderr. */
public record CliRun(int status, String out, String err) {

    /** Runs {@code annals --library LIBRARY ARGS…} with the test environment (real SQLite, seeded, no window). */
    public static CliRun on(Path library, String... args) {
        List<String> all = new ArrayList<>(List.of("--library", library.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new TestCliEnvironment(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all.toArray(String[]::new));
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out);
    }
}
