package dev.annals.app;

import dev.annals.cli.Cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The program's entry point: the command line, or the window when no subcommand is given. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int status = new Cli(new AppEnvironment(), out, err).run(args);
        out.flush();
        err.flush();
        System.exit(status);
    }
}
