package dev.annals.ui.reader;

import dev.annals.model.ConferenceKind;
import dev.annals.model.DatePrecision;
import dev.annals.model.DateSource;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.MetadataField;
import dev.annals.model.PartialDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/**
 * The editable copy of a document's metadata: title, date with its precision, source and kind; and, to read,
 * where the date came from and what the file states about itself. A changed date becomes the user's own.
 */
public final class MetadataForm {

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<DatePrecision> precision = new SimpleObjectProperty<>(this, "precision", DatePrecision.DAY);
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    private final StringProperty month = new SimpleStringProperty(this, "month", "");
    private final StringProperty day = new SimpleStringProperty(this, "day", "");
    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObjectProperty<ConferenceKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObjectProperty<DateSource> dateSource = new SimpleObjectProperty<>(this, "dateSource");
    private final ObservableList<MetadataField> fields = FXCollections.observableArrayList();
    private List<String> people = List.of();
    private PartialDate loadedDate;

    /** Fills the form from the stored metadata. */
    void load(DocumentMetadata metadata) {
        title.set(orEmpty(metadata.title()));
        PartialDate date = metadata.date();
        precision.set(date == null ? DatePrecision.DAY : date.precision());
        year.set(date == null ? "" : Integer.toString(date.year()));
        month.set(date == null || date.month() == 0 ? "" : Integer.toString(date.month()));
        day.set(date == null || date.day() == 0 ? "" : Integer.toString(date.day()));
        source.set(orEmpty(metadata.source()));
        kind.set(metadata.kind());
        people = metadata.people();
        loadedDate = date;
        dateSource.set(metadata.dateSource());
        fields.setAll(metadata.fields());
    }

    /** The metadata the form describes; empty when the date is not a valid date of the chosen precision. */
    Optional<DocumentMetadata> toMetadata() {
        Optional<PartialDate> date;
        if (year.get() == null || year.get().isBlank()) date = Optional.empty();
        else {
            date = parseDate();
            if (date.isEmpty()) return Optional.empty();
        }
        PartialDate chosen = date.orElse(null);
        DateSource from = java.util.Objects.equals(chosen, loadedDate) ? dateSource.get() : DateSource.USER;
        return Optional.of(new DocumentMetadata(blankToNull(title.get()), chosen, blankToNull(source.get()),
                kind.get(), people, from, List.copyOf(fields)));
    }

    private Optional<PartialDate> parseDate() {
        try {
            int y = Integer.parseInt(year.get().trim());
            return Optional.of(switch (precision.get()) {
                case YEAR -> PartialDate.ofYear(y);
                case MONTH -> PartialDate.ofMonth(y, Integer.parseInt(month.get().trim()));
                case DAY -> PartialDate.ofDay(y, Integer.parseInt(month.get().trim()), Integer.parseInt(day.get().trim()));
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public StringProperty titleProperty() { return title; }

    public ObjectProperty<DatePrecision> precisionProperty() { return precision; }

    public StringProperty yearProperty() { return year; }

    public StringProperty monthProperty() { return month; }

    public StringProperty dayProperty() { return day; }

    public StringProperty sourceProperty() { return source; }

    public ObjectProperty<ConferenceKind> kindProperty() { return kind; }

    /** Where the stored date was read from; null without a date. */
    public ObjectProperty<DateSource> dateSourceProperty() { return dateSource; }

    /** What the file states about itself (its header or page metadata), read-only. */
    public ObservableList<MetadataField> fields() { return fields; }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
