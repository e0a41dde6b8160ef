package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.ui.annotate.ThemesView;
import dev.annals.ui.annotate.ThemesViewModel;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import dev.annals.ui.reader.ReaderView;
import dev.annals.ui.reader.ReaderViewModel;
import dev.annals.ui.search.SearchView;
import dev.annals.ui.search.SearchViewModel;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.ShellHooks;
import dev.annals.ui.shell.ShellNavigator;
import dev.annals.ui.timeline.TimelineView;
import dev.annals.ui.timeline.TimelineViewModel;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;

import java.util.Map;
import java.util.function.Supplier;

/** Plugs the feature views into the shell's sections and connects the shell's menu hooks to them. */
final class FeatureViews {

    private final LibrarySession session;
    private final I18n i18n;
    private final BackgroundTasks tasks;
    private final ShellNavigator navigator;
    private final ShellHooks hooks;

    FeatureViews(LibrarySession session, I18n i18n, BackgroundTasks tasks, ShellNavigator navigator, ShellHooks hooks) {
        this.session = session;
        this.i18n = i18n;
        this.tasks = tasks;
        this.navigator = navigator;
        this.hooks = hooks;
    }

    /** Each view is built the first time it is needed, so that the window shows sooner. */
    void plug(Map<Section, Supplier<Node>> views) {
        Supplier<ReaderView> reader = memoize(() -> new ReaderView(new ReaderViewModel(session, tasks, i18n)));
        views.put(Section.READER, () -> reader.get().root());
        hooks.openDocument().set((docId, start, end) -> reader.get().viewModel().open(docId, start, end));
        hooks.find().set(() -> reader.get().openFind());

        Supplier<SearchView> search = memoize(() -> new SearchView(new SearchViewModel(session.search(), tasks, navigator, i18n), i18n));
        views.put(Section.SEARCH, search::get);
        hooks.showSearch().set(query -> search.get().focusQuery(query));

        Supplier<ThemesViewModel> themesModel = memoize(() -> new ThemesViewModel(session.annotate(), tasks, navigator, i18n, Platform::runLater));
        views.put(Section.THEMES, memoize(() -> new ThemesView(themesModel.get(), i18n)));
        hooks.showThemeBrowser().set((ids, from, to) -> themesModel.get().browse(ids, from, to));

        Supplier<TimelineView> timeline = memoize(() -> new TimelineView(new TimelineViewModel(session.timelineService(), tasks, navigator, i18n), tasks));
        views.put(Section.TIMELINE, () -> {
            timeline.get().load();
            return timeline.get();
        });

        hooks.undo().set(() -> background("shell.menu.undo", () -> session.undoHistory().undo()));
        hooks.redo().set(() -> background("shell.menu.redo", () -> session.undoHistory().redo()));
        hooks.rebuildIndex().set(() -> background("shell.menu.rebuildIndex", () -> session.search().rebuildIndex()));
    }

    private void background(String titleKey, Runnable work) {
        String title = i18n.t(titleKey).replace("_", "");
        tasks.submit(title, progress -> {
            work.run();
            return null;
        }, done -> { }, error -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage());
            alert.setHeaderText(title);
            alert.show();
        });
    }

    static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) value = supplier.get();
                return value;
            }
        };
    }
}
