package dev.annals.logic.library;

import dev.annals.model.DateSource;
import dev.annals.model.PartialDate;

import java.util.List;

/**
 * What happened to one file of an import. {@code id} is the existing document's for a duplicate; {@code dateSource}
 * says where the date was read (null without a date).
 */
public record ImportResult(String path, Status status, Long id, String title, PartialDate date, DateSource dateSource,
                           List<String> warnings, String error) {

    public enum Status {
        IMPORTED, DUPLICATE, FAILED;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ImportResult {
        warnings = List.copyOf(warnings);
        if (date == null) dateSource = null;
    }

    public ImportResult(String path, Status status, Long id, String title, PartialDate date, List<String> warnings, String error) {
        this(path, status, id, title, date, null, warnings, error);
    }

    ImportResult withId(Long newId) {
        return new ImportResult(path, status, newId, title, date, dateSource, warnings, error);
    }

    static ImportResult failed(String path, String reason) {
        return new ImportResult(path, Status.FAILED, null, null, null, List.of(), reason);
    }
}
