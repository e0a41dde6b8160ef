package dev.annals.ui.common;

import dev.annals.model.PartialDate;

import java.util.List;
import java.util.Set;

/** Moves between the main window's views. Implemented by the shell; views call it instead of knowing each other. */
public interface Navigator {

    void showLibrary();

    /** Opens a document in the reader; when end > start the code-point range [start, end) is scrolled to and selected. */
    void openDocument(long docId, int start, int end);

    default void openDocument(long docId) {
        openDocument(docId, 0, 0);
    }

    /** Shows the theme browser for these themes, optionally limited to documents dated within [from, to]. */
    void showThemeBrowser(Set<Long> themeIds, PartialDate from, PartialDate to);

    void showTimeline();

    /** Shows the timeline with this conference selected (its memo beside it). */
    default void showConference(long conferenceId) {
        showTimeline();
    }

    void showSearch(String query);

    /** Opens the comparison of these conferences (2 to 4 ids, in the order of their columns). */
    default void compareConferences(List<Long> conferenceIds) {
    }
}
