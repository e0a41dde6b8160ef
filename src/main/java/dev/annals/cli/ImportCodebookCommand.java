package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.formats.FormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "import-codebook", description = {"Import a REFI-QDA codebook (.qdc): codes become themes with their hierarchy, colours and",
        "descriptions; theme names the library already has are merged."})
public final class ImportCodebookCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Parameters(paramLabel = "FILE", description = "A .qdc codebook file (a project file's codebook also reads).")
    Path file;

    @Override
    protected int run(LibrarySession session) throws Exception {
        if (!Files.isRegularFile(file)) throw new UserError(ExitStatus.USAGE, "no such file: " + file);
        try {
            ProjectReportOutput.print(session.projects().importCodebook(file), json, out(), err());
        } catch (FormatException e) {
            throw new UserError(ExitStatus.SOME_FAILED, "nothing imported from " + file.getFileName() + ": " + e.getMessage());
        }
        return ExitStatus.OK;
    }
}
