package dev.annals.ui.library;

import dev.annals.model.PartialDate;
import dev.annals.ui.common.Navigator;

import java.util.List;
import java.util.Set;

/** Remembers the documents the library asks to open. */
record RecordingNavigator(List<Long> opened) implements Navigator {

    @Override public void showLibrary() { }
    @Override public void openDocument(long docId, int start, int end) { opened.add(docId); }
    @Override public void showThemeBrowser(Set<Long> themeIds, PartialDate from, PartialDate to) { }
    @Override public void showTimeline() { }
    @Override public void showSearch(String query) { }
}
