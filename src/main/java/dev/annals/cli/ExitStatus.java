package dev.annals.cli;

/** The exit statuses of the command-line contract. */
public final class ExitStatus {

    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;
    public static final int LIBRARY_UNAVAILABLE = 3;

    private ExitStatus() {
    }
}
