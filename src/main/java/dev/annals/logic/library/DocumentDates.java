package dev.annals.logic.library;

import dev.annals.logic.library.meta.WrittenDates;
import dev.annals.model.DateSource;
import dev.annals.model.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * Sets the date of several documents at once, as the user gives it, and takes the change back. The user's date
 * is recorded as such ({@link DateSource#USER}) and wins over extraction from then on.
 */
public final class DocumentDates {

    private final DocumentStore store;

    public DocumentDates(DocumentStore store) {
        this.store = store;
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
        return new Change(before, date);
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

        public void undo() {
            store.restoreDates(before);
        }

        public void redo() {
            store.setDates(before.stream().map(DocumentDate::id).toList(), date, DateSource.USER);
        }
    }
}
