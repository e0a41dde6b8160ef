package dev.annals.cli;

import dev.annals.logic.library.LibraryUnavailableException;
import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the command line: parses, dispatches, and turns every failure into one line on stderr and an exit status. */
public final class Cli {

    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private final CliEnvironment environment;
    private final PrintStream out;
    private final PrintStream err;
    private CliText text = CliText.forLanguage("en");
    private AnnalsCommand root;

    public Cli(CliEnvironment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        text = CliText.forLanguage(language(args));
        root = new AnnalsCommand(environment, out, err, text);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler(this::usageError);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }

    /** The value of --lang (also written --lang=vi), looked at before parsing so that parse errors are in it too. */
    static String language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) return args[i].substring("--lang=".length());
            if (args[i].equals("--lang") && i + 1 < args.length) return args[i + 1];
        }
        return null;
    }

    private int usageError(CommandLine.ParameterException e, String[] args) {
        err.println(text.tr("cli.usage", "annals: " + e.getMessage() + " (see --help)", e.getMessage()));
        return ExitStatus.USAGE;
    }

    private int failure(Exception e) {
        if (e instanceof UserError user) {
            err.println("annals: " + user.getMessage());
            return user.status();
        }
        if (e instanceof LibraryUnavailableException unavailable) {
            LOG.log(Level.INFO, "library unavailable", e);
            err.println("annals: " + text.describe(unavailable, root.libraryFolder()));
            return ExitStatus.LIBRARY_UNAVAILABLE;
        }
        LOG.log(Level.SEVERE, "command failed", e);

        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String line = message.lines().findFirst().orElse(message);
        err.println(text.tr("cli.error", "annals: error: " + line, line));
        return ExitStatus.SOME_FAILED;
    }
}
