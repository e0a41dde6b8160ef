package dev.annals.logic.analysis;

import java.util.Locale;
import java.util.Optional;

/** What two themes must share to count as occurring together. */
public enum CooccurrenceUnit {
    /** Two passages whose ranges overlap: a cell counts such pairs. */
    OVERLAP,
    /** A paragraph (text between line breaks) with passages of both: a cell counts paragraphs. */
    PARAGRAPH,
    /** A document with passages of both: a cell counts documents. */
    DOCUMENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CooccurrenceUnit> fromId(String id) {
        for (CooccurrenceUnit u : values()) if (u.id().equals(id)) return Optional.of(u);
        return Optional.empty();
    }
}
