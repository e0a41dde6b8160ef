package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.formats.FormatException;
import dev.annals.logic.qda.ProjectImportReport;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/** What import-project and import-codebook share: one REFI-QDA file in, the report out, nothing imported on error. */
abstract class QdaFileCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Parameters(paramLabel = "FILE", description = "A REFI-QDA file (.qdpx project or .qdc codebook).")
    Path file;

    abstract ProjectImportReport importFile(LibrarySession session, Path file) throws FormatException;

    @Override
    protected int run(LibrarySession session) throws Exception {
        if (!Files.isRegularFile(file)) throw new UserError(ExitStatus.USAGE, text().tr("importAnnotations.noFile", "no such file: " + file, file));
        try {
            ProjectReportOutput.print(importFile(session, file), json, out(), err(), text());
        } catch (FormatException e) {
            throw new UserError(ExitStatus.SOME_FAILED, text().tr("project.nothing", "nothing imported from " + file.getFileName() + ": " + e.getMessage(),
                    file.getFileName(), e.getMessage()));
        }
        return ExitStatus.OK;
    }
}
