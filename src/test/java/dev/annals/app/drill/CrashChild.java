package dev.annals.app.drill;

import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.export.ExportFormat;
import dev.annals.logic.export.ExportListener;
import dev.annals.logic.export.ExportOptions;
import dev.annals.logic.export.ReportLabels;
import dev.annals.logic.library.ImportProgress;
import dev.annals.model.Annotation;
import dev.annals.persistence.SqliteLibraryMaintenance;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Run in a child JVM by the crash drill: does one kind of work on a library over and over, says "start" when it
 * begins and "saved ID NOTE" after each committed note, until it is killed.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path library = Path.of(args[1]);
        var maintenance = new SqliteLibraryMaintenance(Clock.systemUTC());
        say("start");
        for (int round = 0; ; round++) {
            switch (mode) {
                case "backup" -> maintenance.backUp(library);
                case "restore" -> maintenance.restore(library, null);
                default -> {
                    try (LibrarySession session = TestLibraries.openSeeded(library)) {
                        work(mode, session, Path.of(args[2]), round);
                    }
                }
            }
        }
    }

    private static void work(String mode, LibrarySession session, Path other, int round) throws Exception {
        switch (mode) {
            case "import" -> session.importer().importPaths(List.of(other), ImportProgress.NONE);
            case "export" -> session.export().exporter().export(ExportOptions.defaults(ExportFormat.JSONLD), other, true,
                    ReportLabels.english(), ExportListener.NONE);
            case "annotate" -> {
                long theme = session.themes().list().get(0).id();
                for (int i = 0; i < 50; i++) {
                    String note = "ghi chú " + round + "-" + i;
                    Annotation a = session.annotations().tagQuote(1 + i % 5, theme, "Công an", 1, note);
                    say("saved " + a.id() + " " + note);
                }
            }
            default -> throw new IllegalArgumentException(mode);
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
