package dev.annals.ui.timeline;

import dev.annals.model.PartialDate;
import dev.annals.ui.common.Navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A navigator that remembers where the view asked to go. */
final class RecordingNavigator implements Navigator {

    record ThemeBrowser(Set<Long> themeIds, PartialDate from, PartialDate to) {
    }

    final List<Long> openedDocuments = new ArrayList<>();
    final List<ThemeBrowser> themeBrowsers = new ArrayList<>();
    final List<List<Long>> comparisons = new ArrayList<>();

    @Override public void showLibrary() { }
    @Override public void openDocument(long docId, int start, int end) { openedDocuments.add(docId); }
    @Override public void showThemeBrowser(Set<Long> themeIds, PartialDate from, PartialDate to) { themeBrowsers.add(new ThemeBrowser(themeIds, from, to)); }
    @Override public void showTimeline() { }
    @Override public void showSearch(String query) { }
    @Override public void compareConferences(List<Long> conferenceIds) { comparisons.add(conferenceIds); }
}
