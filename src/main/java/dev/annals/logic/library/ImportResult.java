package dev.annals.logic.library;

import dev.annals.model.PartialDate;

import java.util.List;

/** What happened to one file of an import. {@code id} is the existing document's for a duplicate. */
public record ImportResult(String path, Status status, Long id, String title, PartialDate date,
                           List<String> warnings, String error) {

    public enum Status {
        IMPORTED, DUPLICATE, FAILED;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public ImportResult {
        warnings = List.copyOf(warnings);
    }

    static ImportResult failed(String path, String reason) {
        return new ImportResult(path, Status.FAILED, null, null, null, List.of(), reason);
    }
}
