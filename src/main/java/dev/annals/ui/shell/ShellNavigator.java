package dev.annals.ui.shell;

import dev.annals.model.PartialDate;
import dev.annals.ui.common.Navigator;

import java.util.List;
import java.util.Set;

/** Navigation between the views: shows the section, then hands the details to the feature's hook when wired. */
public final class ShellNavigator implements Navigator {

    private final MainViewModel model;
    private final ShellHooks hooks;

    public ShellNavigator(MainViewModel model, ShellHooks hooks) {
        this.model = model;
        this.hooks = hooks;
    }

    @Override
    public void showLibrary() {
        model.show(Section.LIBRARY);
    }

    @Override
    public void openDocument(long docId, int start, int end) {
        model.show(Section.READER);
        model.documentOpened(docId);
        var opener = hooks.openDocument().get();
        if (opener != null) opener.open(docId, start, end);
    }

    @Override
    public void showThemeBrowser(Set<Long> themeIds, PartialDate from, PartialDate to) {
        model.show(Section.THEMES);
        var opener = hooks.showThemeBrowser().get();
        if (opener != null) opener.open(themeIds, from, to);
    }

    @Override
    public void showTimeline() {
        model.show(Section.TIMELINE);
    }

    @Override
    public void showConference(long conferenceId) {
        model.show(Section.TIMELINE);
        var focus = hooks.showConference().get();
        if (focus != null) focus.accept(conferenceId);
    }

    @Override
    public void showSearch(String query) {
        model.show(Section.SEARCH);
        var search = hooks.showSearch().get();
        if (search != null) search.accept(query == null ? "" : query);
    }

    @Override
    public void compareConferences(List<Long> conferenceIds) {
        var compare = hooks.compareConferences().get();
        if (compare != null) compare.accept(List.copyOf(conferenceIds));
    }
}
