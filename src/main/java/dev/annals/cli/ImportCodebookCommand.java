package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.formats.FormatException;
import dev.annals.logic.qda.ProjectImportReport;
import picocli.CommandLine.Command;

import java.nio.file.Path;

@Command(name = "import-codebook", description = {"Import a REFI-QDA codebook (.qdc): its codes become themes.",
        "Their hierarchy, colours and descriptions come along; theme names the library already has are merged."})
public final class ImportCodebookCommand extends QdaFileCommand {

    @Override
    ProjectImportReport importFile(LibrarySession session, Path file) throws FormatException {
        return session.projects().importCodebook(file);
    }
}
