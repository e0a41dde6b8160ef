package dev.annals.ui.annotate;

import dev.annals.model.PartialDate;
import dev.annals.ui.common.Navigator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Remembers where views asked to go. */
final class RecordingNavigator implements Navigator {

    record Opened(long docId, int start, int end) {
    }

    final List<Opened> opened = new ArrayList<>();

    @Override
    public void showLibrary() { }

    @Override
    public void openDocument(long docId, int start, int end) { opened.add(new Opened(docId, start, end)); }

    @Override
    public void showThemeBrowser(Set<Long> themeIds, PartialDate from, PartialDate to) { }

    @Override
    public void showTimeline() { }

    @Override
    public void showSearch(String query) { }
}
