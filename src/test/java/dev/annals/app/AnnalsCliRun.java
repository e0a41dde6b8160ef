package dev.annals.app;

import dev.annals.cli.Cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the command line in this JVM on a library folder, capturing its output and exit status. */
public final class AnnalsCliRun {

    public record Run(int status, String out, String err) {
    }

    private AnnalsCliRun() {
    }

    public static Run run(Path library, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = library.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int status = new Cli(new TestCliEnvironment(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
