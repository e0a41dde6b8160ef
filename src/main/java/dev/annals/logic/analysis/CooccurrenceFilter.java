package dev.annals.logic.analysis;

import dev.annals.model.ConferenceKind;

/** Which documents' passages count: of one year, one conference kind, one conference. Null fields do not filter. */
public record CooccurrenceFilter(Integer year, ConferenceKind kind, Long conferenceId) {

    public static final CooccurrenceFilter NONE = new CooccurrenceFilter(null, null, null);
}
