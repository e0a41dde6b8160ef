package dev.annals.logic.export;

import dev.annals.model.Conference;
import dev.annals.model.Memo;

import java.util.List;

/** The memos an export carries, each with its conference when it is about one. */
@FunctionalInterface
public interface ExportMemos {

    /** A memo; {@code conference} is set for a memo about a conference (its title, date and documents). */
    record Entry(Memo memo, Conference conference) {
    }

    List<Entry> all();

    ExportMemos NONE = List::of;
}
