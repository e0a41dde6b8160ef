package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.library.LibraryMaintenance;
import dev.annals.logic.library.LibraryMaintenance.Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

/** A {@code library} subcommand: the folder, the maintenance service, and how a backup is printed. */
@Command(mixinStandardHelpOptions = true)
abstract class LibraryAdminSubcommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @ParentCommand
    LibraryAdminCommand parent;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public final Integer call() throws Exception {
        AnnalsCommand root = parent.root;
        root.environment().configureLogging(root.libraryFolder(), root.verbose);
        return run(root.environment().maintenance(), root.libraryFolder());
    }

    protected abstract int run(LibraryMaintenance maintenance, Path folder) throws Exception;

    PrintStream out() {
        return parent.root.out();
    }

    PrintStream err() {
        return parent.root.err();
    }

    CliText text() {
        return parent.root.text();
    }

    static ObjectNode toJson(Backup b) {
        ObjectNode node = Json.object();
        node.put("file", b.file().toString());
        node.put("created", b.created().toString());
        node.put("why", b.why());
        node.put("usable", b.usable());
        node.put("documents", b.documents());
        node.put("annotations", b.annotations());
        node.put("themes", b.themes());
        node.put("schema", b.schema());
        node.put("problem", b.problem());
        return node;
    }

    String line(Backup b) {
        String what;
        if (!b.usable()) what = text().tr("backup.unusable", "NOT USABLE: " + b.problem(), b.problem());
        else if (b.documents() == null) what = text().tr("backup.empty", "an empty library");
        else what = text().tr("backup.counts", b.documents() + " documents, " + b.annotations() + " annotations, " + b.themes() + " themes",
                    b.documents(), b.annotations(), b.themes());
        return WHEN.format(b.created()) + "  " + b.file().getFileName() + "  " + what;
    }
}
