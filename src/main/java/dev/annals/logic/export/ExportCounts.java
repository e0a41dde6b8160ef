package dev.annals.logic.export;

import java.util.Map;

/** How many annotations are in scope, in total, per theme id and per document id. */
record ExportCounts(long total, long orphaned, Map<Long, Long> byTheme, Map<Long, Long> byDocument) {
}
