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

    public Cli(CliEnvironment environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        CommandLine commandLine = new CommandLine(new AnnalsCommand(environment, out, err));
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler(this::usageError);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine.execute(args);
    }

    private int usageError(CommandLine.ParameterException e, String[] args) {
        err.println("annals: " + e.getMessage() + " (see --help)");
        return ExitStatus.USAGE;
    }

    private int failure(Exception e) {
        if (e instanceof UserError user) {
            err.println("annals: " + user.getMessage());
            return user.status();
        }
        if (e instanceof LibraryUnavailableException unavailable) {
            LOG.log(Level.INFO, "library unavailable", e);
            err.println("annals: " + unavailable.getMessage());
            return ExitStatus.LIBRARY_UNAVAILABLE;
        }
        LOG.log(Level.SEVERE, "command failed", e);

        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err.println("annals: error: " + message.lines().findFirst().orElse(message));
        return ExitStatus.SOME_FAILED;
    }
}
