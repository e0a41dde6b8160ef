package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** A subcommand that works on an open library and prints to stdout. */
@Command(mixinStandardHelpOptions = true)
public abstract class LibraryCommand implements Callable<Integer> {

    @ParentCommand
    AnnalsCommand root;

    @Spec
    CommandSpec spec;

    protected PrintStream out() {
        return root.out();
    }

    protected PrintStream err() {
        return root.err();
    }

    protected AnnalsCommand root() {
        return root;
    }

    protected CliText text() {
        return root.text();
    }

    @Override
    public final Integer call() throws Exception {
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
