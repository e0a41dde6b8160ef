package dev.annals.logic.library;

import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.changes.LibraryChanges;
import dev.annals.logic.library.meta.WrittenDates;
import dev.annals.model.DateSource;
import dev.annals.model.PartialDate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Sets the date of several documents at once, as the user gives it, and takes the change back. The user's date
 * is recorded as such ({@link DateSource#USER}) and wins over extraction from then on. Each write, its undo and
 * its redo are published to the library's {@link LibraryChanges}.
 */
public final class DocumentDates {

    private final DocumentStore store;
    private final LibraryChanges changes;

    public DocumentDates(DocumentStore store, LibraryChanges changes) {
        this.store = store;
        this.changes = changes;
    }

    /** A date as a user types it: "2023", "2023-03", "2023-03-05", "5/3/2023", "5 tháng 3 năm 2023", "March 5, 2023". */
    public static Optional<PartialDate> parse(String written) {
        if (written == null || written.isBlank()) return Optional.empty();
        Optional<PartialDate> iso = PartialDate.tryParseIso(written.strip());
        return iso.isPresent() ? iso : WrittenDates.parse(written);
    }

    /** Sets {@code date} on every document of {@code ids} in one transaction; the change can be undone and redone. */
    public Change setDate(List<Long> ids, PartialDate date) {
        List<DocumentDate> before = store.setDates(ids, date, DateSource.USER);
        Change change = new Change(before, date);
        change.announce();
        return change;
    }

    /** A date change that has been made. */
    public final class Change {
        private final List<DocumentDate> before;
        private final PartialDate date;

        private Change(List<DocumentDate> before, PartialDate date) {
            this.before = List.copyOf(before);
            this.date = date;
        }

        /** How many documents changed. */
        public int size() {
            return before.size();
        }

        public PartialDate date() {
            return date;
        }

        /** Puts the dates back; {@link #announce()} tells the library's views. */
        public void undo() {
            store.restoreDates(before);
        }

        public void redo() {
            store.setDates(ids(), date, DateSource.USER);
        }

        /** Publishes that these documents' dates changed. */
        public void announce() {
            if (!before.isEmpty()) changes.publish(LibraryChange.documentsEdited(new LinkedHashSet<>(ids())));
        }

        private List<Long> ids() {
            return before.stream().map(DocumentDate::id).toList();
        }
    }
}
