package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** A subcommand that works on an open library and prints to stdout. */
@Command(mixinStandardHelpOptions = true)
public abstract class LibraryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The root command, also for a subcommand of a subcommand (analyze cooccurrence). */
    private AnnalsCommand rootCommand() {
        return (AnnalsCommand) spec.root().userObject();
    }

    protected PrintStream out() {
        return rootCommand().out();
    }

    protected PrintStream err() {
        return rootCommand().err();
    }

    protected AnnalsCommand root() {
        return rootCommand();
    }

    protected CliText text() {
        return rootCommand().text();
    }

    @Override
    public final Integer call() throws Exception {
        AnnalsCommand root = rootCommand();
        if (root.lang != null && !root.lang.equals("vi") && !root.lang.equals("en")) {
            throw new UserError(ExitStatus.USAGE, text().tr("cli.lang", "--lang must be vi or en"));
        }
        var environment = root.environment();
        environment.configureLogging(root.libraryFolder(), root.verbose);
        try (LibrarySession session = environment.opener().open(root.libraryFolder())) {
            int status = run(session);
            // a large library is checked in the background: if the check has found damage by now, say so
            java.util.concurrent.atomic.AtomicReference<RuntimeException> damage = new java.util.concurrent.atomic.AtomicReference<>();
            session.whenDamaged(damage::set);
            if (damage.get() != null) throw damage.get();
            return status;
        }
    }

    protected abstract int run(LibrarySession session) throws Exception;
}
