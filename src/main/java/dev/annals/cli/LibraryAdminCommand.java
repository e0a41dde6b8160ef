package dev.annals.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code annals library ...}: the library file itself (backups, restore, check), without opening it for work. */
@Command(name = "library", mixinStandardHelpOptions = true,
        description = "The library file itself: list its backups, restore one, check it, back it up now.",
        subcommands = {LibraryBackupsCommand.class, LibraryRestoreCommand.class, LibraryCheckCommand.class, LibraryBackupCommand.class})
public final class LibraryAdminCommand implements Runnable {

    @ParentCommand
    AnnalsCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new UserError(ExitStatus.USAGE, root.text().tr("library.subcommand",
                "library needs a subcommand: backups, restore, check or backup (see annals library --help)"));
    }
}
