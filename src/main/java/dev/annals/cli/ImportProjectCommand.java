package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.formats.FormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "import-project", description = {"Import a REFI-QDA project (.qdpx from QualCoder, MAXQDA, ATLAS.ti, NVivo or Annals):",
        "text sources become documents, codes themes, coded selections annotations, notes annotation notes and memos.",
        "Existing texts and theme names are merged. The project imports whole or not at all."})
public final class ImportProjectCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Parameters(paramLabel = "FILE", description = "A .qdpx project file.")
    Path file;

    @Override
    protected int run(LibrarySession session) throws Exception {
        if (!Files.isRegularFile(file)) throw new UserError(ExitStatus.USAGE, "no such file: " + file);
        try {
            ProjectReportOutput.print(session.projects().importProject(file), json, out(), err());
        } catch (FormatException e) {
            throw new UserError(ExitStatus.SOME_FAILED, "nothing imported from " + file.getFileName() + ": " + e.getMessage());
        }
        return ExitStatus.OK;
    }
}
