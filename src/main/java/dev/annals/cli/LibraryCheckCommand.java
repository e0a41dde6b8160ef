package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.library.LibraryMaintenance;
import dev.annals.logic.library.LibraryMaintenance.CheckReport;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.List;

@Command(name = "check", description = {"Check the library file: SQLite's integrity check, the search index and the links between",
        "rows. Exit status 0 when all is well, 1 for index or link problems, 3 when the file is damaged."})
final class LibraryCheckCommand extends LibraryAdminSubcommand {

    @Override
    protected int run(LibraryMaintenance maintenance, Path folder) {
        CheckReport report = maintenance.check(folder);
        if (json) {
            ObjectNode node = Json.object();
            node.put("intact", report.intact());
            array(node, "damage", report.damage());
            array(node, "searchIndex", report.indexProblems());
            array(node, "links", report.linkProblems());
            node.set("newestBackup", report.newestBackup() == null ? null : toJson(report.newestBackup()));
            Json.print(out(), node);
        } else {
            out().println(report.clean() ? text().tr("check.sound", "the library is sound") : text().tr("check.problems", "the library has problems:"));
            report.damage().forEach(d -> out().println(text().tr("check.damage", "  damage: " + d, d)));
            report.indexProblems().forEach(d -> out().println(text().tr("check.index", "  search index: " + d, d)));
            report.linkProblems().forEach(d -> out().println(text().tr("check.links", "  links: " + d, d)));
        }
        if (!report.intact()) {
            err().println(report.newestBackup() == null
                    ? text().tr("check.damagedNoBackup", "annals: the library file is damaged; there is no good backup")
                    : text().tr("check.damagedRestore", "annals: the library file is damaged; restore the newest good backup with: annals library restore "
                            + report.newestBackup().file().getFileName(), report.newestBackup().file().getFileName()));
            return ExitStatus.LIBRARY_UNAVAILABLE;
        }
        if (!report.clean()) {
            err().println(text().tr("check.outOfStep",
                    "annals: the search index or links are out of step; File › Rebuild search index in the window repairs the index"));
            return ExitStatus.SOME_FAILED;
        }
        return ExitStatus.OK;
    }

    private static void array(ObjectNode node, String name, List<String> items) {
        var array = node.putArray(name);
        items.forEach(array::add);
    }
}
