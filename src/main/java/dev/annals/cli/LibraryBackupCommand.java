package dev.annals.cli;

import dev.annals.logic.library.LibraryMaintenance;
import dev.annals.logic.library.LibraryMaintenance.Backup;
import picocli.CommandLine.Command;

import java.nio.file.Path;

@Command(name = "backup", description = "Make a checked backup now (backups/library-<time>-manual.db).")
final class LibraryBackupCommand extends LibraryAdminSubcommand {

    @Override
    protected int run(LibraryMaintenance maintenance, Path folder) {
        Backup made = maintenance.backUp(folder);
        if (json) Json.print(out(), toJson(made));
        else out().println(text().tr("backup.made", "backed up " + line(made), line(made)));
        return ExitStatus.OK;
    }
}
