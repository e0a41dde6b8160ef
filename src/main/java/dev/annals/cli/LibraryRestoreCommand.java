package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.library.LibraryMaintenance;
import dev.annals.logic.library.LibraryMaintenance.Restored;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

@Command(name = "restore", description = {"Put a backup in place of the library (default: the newest good one). The current",
        "file is moved aside as library-replaced-<time>.db, never deleted."})
final class LibraryRestoreCommand extends LibraryAdminSubcommand {

    @Parameters(arity = "0..1", paramLabel = "BACKUP", description = "A backup's file name (see annals library backups) or path.")
    Path backup;

    @Override
    protected int run(LibraryMaintenance maintenance, Path folder) {
        Restored restored = maintenance.restore(folder, backup);
        if (json) {
            ObjectNode node = Json.object();
            node.set("restored", toJson(restored.from()));
            node.put("movedAside", restored.movedAside() == null ? null : restored.movedAside().toString());
            Json.print(out(), node);
        } else {
            out().println(text().tr("backup.restored", "restored " + line(restored.from()), line(restored.from())));
            if (restored.movedAside() != null) {
                out().println(text().tr("backup.movedAside", "the file it replaced is kept as " + restored.movedAside(), restored.movedAside()));
            }
        }
        return ExitStatus.OK;
    }
}
