package dev.annals.testing;

import dev.annals.model.PartialDate;
import dev.annals.ui.common.Navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Remembers where views asked to go, for any view's tests. */
public final class RecordingNavigator implements Navigator {

    public final List<String> visits = new ArrayList<>();

    @Override
    public void showLibrary() {
        visits.add("library");
    }

    @Override
    public void openDocument(long docId, int start, int end) {
        visits.add("document " + docId + " [" + start + "," + end + ")");
    }

    @Override
    public void showThemeBrowser(Set<Long> themeIds, PartialDate from, PartialDate to) {
        visits.add("themes " + themeIds);
    }

    @Override
    public void showTimeline() {
        visits.add("timeline");
    }

    @Override
    public void showSearch(String query) {
        visits.add("search " + query);
    }
}
