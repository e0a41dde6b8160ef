package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.cli.Cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One run of the command line on a library, as a test sees it: exit status, stdout and stderr. */
public record CliRun(int status, String out, String err) {

    public JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out);
    }

    /** A run on a library seeded with the articles and codebook only. */
    public static CliRun on(Path library, String... args) {
        return on(new TestCliEnvironment(), library, args);
    }

    /** A run on a library seeded as a user's first one is: with the example annotations. */
    public static CliRun withExamples(Path library, String... args) {
        return on(new TestCliEnvironment(true), library, args);
    }

    private static CliRun on(TestCliEnvironment environment, Path library, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status = new Cli(environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
