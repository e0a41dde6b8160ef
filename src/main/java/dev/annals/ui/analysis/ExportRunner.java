package dev.annals.ui.analysis;

import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes an analysis export in the background and says in the view's message line where it went, or why not. */
final class ExportRunner {

    private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());

    interface Write {
        void run() throws Exception;
    }

    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final StringProperty message;

    ExportRunner(BackgroundTasks tasks, I18n i18n, StringProperty message) {
        this.tasks = tasks;
        this.i18n = i18n;
        this.message = message;
    }

    void export(Path target, Write write) {
        tasks.submit(i18n.t("analysis.exporting"), progress -> {
            write.run();
            return target;
        }, done -> message.set(i18n.t("analysis.exported", done.toAbsolutePath())), failure -> {
            LOG.log(Level.WARNING, "export failed", failure);
            message.set(i18n.t("analysis.exportFailed", target.toAbsolutePath(),
                    failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()));
        });
    }
}
