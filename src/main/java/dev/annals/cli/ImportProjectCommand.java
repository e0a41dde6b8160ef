package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.formats.FormatException;
import dev.annals.logic.qda.ProjectImportReport;
import picocli.CommandLine.Command;

import java.nio.file.Path;

@Command(name = "import-project", description = {"Import a REFI-QDA project (.qdpx) whole or not at all.",
        "Projects of QualCoder, MAXQDA, ATLAS.ti, NVivo and Annals are read: text sources become documents, codes themes,",
        "coded selections annotations, notes annotation notes and memos.",
        "Existing texts and theme names are merged."})
public final class ImportProjectCommand extends QdaFileCommand {

    @Override
    ProjectImportReport importFile(LibrarySession session, Path file) throws FormatException {
        return session.projects().importProject(file);
    }
}
