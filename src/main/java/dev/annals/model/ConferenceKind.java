package dev.annals.model;

import java.util.Locale;
import java.util.Optional;

/** The kind of conference an article reports. */
public enum ConferenceKind {
    SIX_MONTH_REVIEW("six-month-review"),
    ANNUAL_NATIONAL("annual-national"),
    THEMATIC_REVIEW("thematic-review"),
    ONLINE("online"),
    OTHER("other");

    private final String id;

    ConferenceKind(String id) {
        this.id = id;
    }

    /** The stable identifier used in JSON, the CLI and the database. */
    public String id() {
        return id;
    }

    private static final ConferenceKind[] VALUES = values();

    public static Optional<ConferenceKind> fromId(String id) {
        if (id == null) return Optional.empty();
        for (ConferenceKind k : VALUES) if (k.id.equals(id)) return Optional.of(k); // as stored: the common case, read per row
        String wanted = id.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (ConferenceKind k : VALUES) if (k.id.equals(wanted)) return Optional.of(k);
        return Optional.empty();
    }
}
