package dev.annals.logic.timeline;

import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;

/** Makes the title of a conference the user has not named, from its kind and date (the UI gives a localized one). */
@FunctionalInterface
public interface ConferenceNamer {

    String name(ConferenceKind kind, PartialDate date);

    /** English titles, for the command line: "Six-month review, 2020", "Online conference, 2021-08-17". */
    ConferenceNamer ENGLISH = (kind, date) -> switch (kind) {
        case SIX_MONTH_REVIEW -> "Six-month review";
        case ANNUAL_NATIONAL -> "National public security conference";
        case THEMATIC_REVIEW -> "Thematic review";
        case ONLINE -> "Online conference";
        case OTHER -> "Conference";
    } + ", " + date.iso();
}
