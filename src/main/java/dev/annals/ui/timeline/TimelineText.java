package dev.annals.ui.timeline;

import dev.annals.logic.timeline.Period;
import dev.annals.logic.timeline.Tick;
import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;
import dev.annals.ui.common.I18n;

import java.time.format.TextStyle;

/** The timeline's words: kind names, generated titles, date descriptions, tick and period labels. */
public final class TimelineText {

    private final I18n i18n;

    public TimelineText(I18n i18n) {
        this.i18n = i18n;
    }

    /** The interface language, for what is worded outside these methods (dialog buttons). */
    public I18n i18n() {
        return i18n;
    }

    public String get(String key, Object... args) {
        return i18n.t(key, args);
    }

    public String kindName(ConferenceKind kind) {
        return i18n.kindName(kind);
    }

    /** The title of a conference the user has not named. */
    public String conferenceTitle(ConferenceKind kind, PartialDate date) {
        return i18n.t("timeline.conferenceTitle", kindName(kind), i18n.formatDate(date));
    }

    public String shortDate(PartialDate date) {
        return i18n.formatDate(date);
    }

    /** The date as the user reads it, saying so when only the year or month is known. */
    public String dateDescription(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> i18n.t("timeline.date.year", i18n.formatDate(date));
            case MONTH -> i18n.t("timeline.date.month", i18n.formatDate(date));
            case DAY -> i18n.formatDate(date);
        };
    }

    /** What a marker's tooltip says. */
    public String tooltip(Conference c, int annotations) {
        return c.title() + "\n" + kindName(c.kind()) + "\n" + dateDescription(c.date()) + "\n"
                + i18n.t("timeline.documents", c.docIds().size()) + " · " + i18n.t("timeline.annotations", annotations);
    }

    public String accessibleText(Conference c) {
        return i18n.t("timeline.accessible", c.title(), kindName(c.kind()), dateDescription(c.date()));
    }

    public String tickLabel(Tick tick) {
        return switch (tick.unit()) {
            case YEAR -> Integer.toString(tick.date().getYear());
            case QUARTER -> i18n.t("timeline.quarter", Integer.toString((tick.date().getMonthValue() - 1) / 3 + 1));
            case MONTH -> i18n.isVietnamese() ? "Th" + tick.date().getMonthValue()
                    : tick.date().getMonth().getDisplayName(TextStyle.SHORT, i18n.locale());
        };
    }

    /** The short column header of a period: "Q3", or "year" for the conferences known only to the year. */
    public String periodHeader(Period p) {
        return p.wholeYear() ? i18n.t("timeline.trend.yearOnlyShort") : i18n.t("timeline.quarter", Integer.toString(p.quarter()));
    }

    public String periodName(Period p, boolean quarterView) {
        String year = Integer.toString(p.year());
        if (!p.wholeYear()) return i18n.t("timeline.quarterOfYear", Integer.toString(p.quarter()), year);
        return quarterView ? i18n.t("timeline.trend.yearOnly", year) : year;
    }
}
