package dev.annals.ui.export;

import dev.annals.logic.export.AnnotationFileException;
import dev.annals.logic.export.ExportCancelledException;
import dev.annals.logic.export.NothingToExportException;
import dev.annals.logic.export.TargetExistsException;
import dev.annals.logic.export.TargetRefusedException;
import dev.annals.ui.common.I18n;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns an export or import failure into one sentence for the user (the details go to the log). */
final class ExportErrors {

    private static final Logger LOG = Logger.getLogger(ExportErrors.class.getName());

    private ExportErrors() {
    }

    static String describe(Throwable error, I18n i18n) {
        if (error instanceof ExportCancelledException) return i18n.t("export.cancelled");
        if (error instanceof TargetExistsException e) return i18n.t("export.exists", e.target().getFileName());
        if (error instanceof TargetRefusedException e) return i18n.t("export.refused." + e.kind().name(), e.target().getFileName());
        if (error instanceof NothingToExportException) return i18n.t("export.emptyCodebook");
        if (error instanceof AnnotationFileException e) return i18n.t("import.badFile", e.getMessage());
        if (error instanceof AccessDeniedException e) return i18n.t("export.denied", e.getFile());
        LOG.log(Level.WARNING, "export failed", error);
        if (error instanceof IOException) return i18n.t("export.ioFailed", error.getMessage());
        return i18n.t("export.failed", error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage());
    }
}
