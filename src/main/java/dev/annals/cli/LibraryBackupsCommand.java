package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.annals.logic.library.LibraryMaintenance;
import dev.annals.logic.library.LibraryMaintenance.Backup;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.List;

@Command(name = "backups", description = "The library's backups, newest first, with their date and what they hold.")
final class LibraryBackupsCommand extends LibraryAdminSubcommand {

    @Override
    protected int run(LibraryMaintenance maintenance, Path folder) {
        List<Backup> backups = maintenance.backups(folder);
        if (json) {
            ArrayNode array = Json.array();
            backups.forEach(b -> array.add(toJson(b)));
            Json.print(out(), array);
        } else if (backups.isEmpty()) {
            out().println(text().tr("backup.none", "no backups in " + folder.resolve("backups"), folder.resolve("backups")));
        } else {
            backups.forEach(b -> out().println(line(b)));
        }
        return ExitStatus.OK;
    }
}
