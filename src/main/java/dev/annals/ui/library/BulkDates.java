package dev.annals.ui.library;

import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.annotate.UndoableCommand;
import dev.annals.logic.library.DocumentDates;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.function.Consumer;

/**
 * Sets the date of several documents at once through {@link DocumentDates}, as one step of the session's undo
 * history (so Edit › Undo takes it back too), and keeps the latest change for the library's own Undo button. The
 * table follows the change, its undo and its redo through the library's changes, as it follows every other write.
 */
public final class BulkDates {

    private final DocumentDates dates;
    private final UndoHistory history;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final Consumer<Throwable> fail;
    private final ObjectProperty<Step> last = new SimpleObjectProperty<>();

    BulkDates(DocumentDates dates, UndoHistory history, BackgroundTasks tasks, I18n i18n, Consumer<Throwable> fail) {
        this.dates = dates;
        this.history = history;
        this.tasks = tasks;
        this.i18n = i18n;
        this.fail = fail;
    }

    /** The latest change made here while the library can still offer to undo it; null otherwise. */
    public ObjectProperty<Step> lastProperty() { return last; }

    public void setDate(List<DocumentSummary> chosen, PartialDate date) {
        List<Long> ids = chosen.stream().map(DocumentSummary::id).toList();
        if (ids.isEmpty()) return;
        tasks.submit(i18n.t("library.task.setDate"), p -> dates.setDate(ids, date), change -> {
            Step step = new Step(change, i18n.t("library.date.undoLabel", change.size(), date.iso()));
            history.record(step);
            last.set(step);
        }, fail);
    }

    /** Undoes the latest change made here, if nothing else was done since. */
    public void undo() {
        Step step = last.get();
        last.set(null);
        if (step == null || history.undoLabel().filter(step.label()::equals).isEmpty()) return;
        tasks.submit(i18n.t("library.task.setDate"), p -> history.undo(), done -> { }, fail);
    }

    public void dismiss() {
        last.set(null);
    }

    /** A date change as a step of the undo history, labelled in the interface language. */
    public final class Step implements UndoableCommand {
        private final DocumentDates.Change change;
        private final String label;

        private Step(DocumentDates.Change change, String label) {
            this.change = change;
            this.label = label;
        }

        public int size() { return change.size(); }

        public PartialDate date() { return change.date(); }

        @Override
        public String label() { return label; }

        @Override
        public void undo() {
            change.undo();
        }

        @Override
        public void redo() {
            change.redo();
        }

        @Override
        public void announce() {
            change.announce();
        }
    }
}
