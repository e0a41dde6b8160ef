package dev.annals.persistence;

import java.nio.file.Path;

/** Run in a child process by tests: opens a library, says so, and keeps it open until its input closes. */
public final class HoldLibrary {

    private HoldLibrary() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
