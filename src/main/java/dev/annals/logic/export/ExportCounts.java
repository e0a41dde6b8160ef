package dev.annals.logic.export;

import java.util.Map;

/** How many annotations are in scope, in total (-1 when not counted), per theme id and per document id. */
record ExportCounts(long total, Map<Long, Long> byTheme, Map<Long, Long> byDocument) {

    static ExportCounts totalOnly(long total) {
        return new ExportCounts(total, Map.of(), Map.of());
    }
}
