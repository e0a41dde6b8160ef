package dev.annals.app;

import dev.annals.logic.LibrarySession;
import dev.annals.ui.analysis.CompareView;
import dev.annals.ui.analysis.CompareViewModel;
import dev.annals.ui.analysis.CooccurrenceView;
import dev.annals.ui.analysis.CooccurrenceViewModel;
import dev.annals.ui.analysis.SavePicker;
import dev.annals.ui.annotate.ThemesView;
import dev.annals.ui.people.PeopleView;
import dev.annals.ui.people.PeopleViewModel;
import dev.annals.ui.annotate.ThemesViewModel;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.DialogButtons;
import dev.annals.ui.common.I18n;
import dev.annals.ui.reader.ReaderServices;
import dev.annals.ui.reader.ReaderView;
import dev.annals.ui.reader.ReaderViewModel;
import dev.annals.ui.memo.Debouncer;
import dev.annals.ui.memo.MemoEditorViewModel;
import dev.annals.ui.search.SearchView;
import dev.annals.ui.search.SearchViewModel;
import dev.annals.ui.shell.Section;
import dev.annals.ui.shell.ShellHooks;
import dev.annals.ui.shell.ShellNavigator;
import dev.annals.ui.timeline.TimelineView;
import dev.annals.ui.timeline.TimelineViewModel;
import javafx.scene.Node;
import javafx.scene.control.Alert;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Plugs the feature views into the shell's sections and connects the shell's menu hooks to them. Each ViewModel
 * gets the use cases it needs and the library's changes, delivered on the FX thread.
 */
final class FeatureViews {

    /** How long typing pauses before a memo is saved. */
    static final long MEMO_PAUSE_MS = 600;

    /** What the user was looking at, carried into a window rebuilt in another language. */
    record State(Long readerDocument, SearchViewModel.Criteria search, List<Long> browsedThemes, Integer browsedYear) {
        static final State NONE = new State(null, null, List.of(), null);
    }

    private final LibrarySession session;
    private final I18n i18n;
    private final BackgroundTasks tasks;
    private final ShellNavigator navigator;
    private final ShellHooks hooks;
    private final FxLibraryChanges changes;
    private final Lazy<ReaderView> reader;
    private final Lazy<SearchView> search;
    private final Lazy<ThemesViewModel> themesModel;
    private final Lazy<TimelineView> timeline;
    private final dev.annals.logic.memo.MemoService memos;
    private final List<MemoEditorViewModel> memoEditors = new java.util.ArrayList<>();
    private final SavePicker savePicker;

    FeatureViews(LibrarySession session, I18n i18n, BackgroundTasks tasks, ShellNavigator navigator, ShellHooks hooks,
                 FxLibraryChanges changes, SavePicker savePicker) {
        this.session = session;
        this.savePicker = savePicker;
        this.i18n = i18n;
        this.tasks = tasks;
        this.navigator = navigator;
        this.hooks = hooks;
        this.changes = changes;
        var annotate = session.annotate();
        this.memos = session.memoService();
        reader = new Lazy<>(() -> {
            ReaderView view = new ReaderView(new ReaderViewModel(ReaderServices.of(session), tasks, i18n, changes));
            view.showMemo(memoEditor());
            return view;
        });
        search = new Lazy<>(() -> new SearchView(new SearchViewModel(session.search(), session.autoCoder(), tasks, navigator, i18n, changes), i18n));
        themesModel = new Lazy<>(() -> new ThemesViewModel(annotate, tasks, navigator, i18n, changes));
        timeline = new Lazy<>(() -> {
            TimelineView view = new TimelineView(new TimelineViewModel(session.timelineService(), session.people(), tasks, navigator, i18n, changes), tasks);
            view.showMemo(memoEditor());
            view.load();
            return view;
        });
    }

    /** Each view is built the first time it is needed, so that the window shows sooner. */
    void plug(Map<Section, Supplier<Node>> views) {
        views.put(Section.READER, () -> reader.get().root());
        hooks.openDocument().set((docId, start, end) -> reader.get().viewModel().open(docId, start, end));
        hooks.find().set(() -> reader.get().openFind());

        views.put(Section.SEARCH, search::get);
        hooks.showSearch().set(query -> search.get().focusQuery(query));

        views.put(Section.THEMES, new Lazy<>(() -> {
            ThemesView view = new ThemesView(themesModel.get(), i18n);
            view.showMemo(memoEditor());
            return view;
        }));
        hooks.showThemeBrowser().set((ids, from, to) -> themesModel.get().browse(ids, from, to));

        views.put(Section.TIMELINE, timeline::get);
        hooks.showConference().set(id -> timeline.get().viewModel().focusConference(id));
        hooks.compareConferences().set(ids -> CompareView.open(timeline.get(), new CompareViewModel(session.comparison(), ids, tasks,
                navigator, i18n, changes, session.folder()), i18n, savePicker));

        views.put(Section.ANALYSIS, new Lazy<>(() -> {
            var model = new CooccurrenceViewModel(session.cooccurrence(), tasks, navigator, i18n, changes, session.folder());
            model.reload();
            return new CooccurrenceView(model, i18n, savePicker);
        }));
        views.put(Section.PEOPLE, new Lazy<>(() -> {
            var model = new PeopleViewModel(session.people(), session.peopleEditor(), session.undoHistory(), tasks, navigator, i18n, changes);
            model.setTimelineOpener(people -> {
                timeline.get().viewModel().showPeople(people);
                navigator.showTimeline();
            });
            model.reload();
            return new PeopleView(model, i18n);
        }));

        hooks.undo().set(() -> background("shell.menu.undo", () -> session.undoHistory().undo()));
        hooks.redo().set(() -> background("shell.menu.redo", () -> session.undoHistory().redo()));
        hooks.rebuildIndex().set(() -> background("shell.menu.rebuildIndex", () -> session.search().rebuildIndex()));
    }

    private MemoEditorViewModel memoEditor() {
        MemoEditorViewModel editor = new MemoEditorViewModel(memos, tasks, i18n, Debouncer.fx(MEMO_PAUSE_MS));
        memoEditors.add(editor);
        return editor;
    }

    /** Saves every memo typed and not yet saved (the window closes or is rebuilt). */
    void saveMemos() {
        memoEditors.forEach(MemoEditorViewModel::saveNow);
    }

    /** The open document (its reading position is saved now), the search asked, the themes browsed. */
    State state() {
        saveMemos();
        Long doc = reader.built().map(r -> r.viewModel().documentProperty().get()).map(d -> d.id()).orElse(null);
        reader.built().ifPresent(ReaderView::rememberPosition);
        SearchViewModel.Criteria criteria = search.built().map(s -> s.viewModel().criteria()).orElse(null);
        List<Long> browsed = themesModel.built().map(t -> List.copyOf(t.browsedThemeIds())).orElse(List.of());
        Integer year = themesModel.built().map(t -> t.yearProperty().get()).orElse(null);
        return new State(doc, criteria, browsed, year);
    }

    /** Shows again what {@link #state()} saved, without changing the section on show. */
    void restore(State state) {
        if (state.readerDocument() != null) reader.get().viewModel().open(state.readerDocument(), 0, 0);
        if (state.search() != null && state.search().query() != null && !state.search().query().isBlank()) search.get().restore(state.search());
        if (!state.browsedThemes().isEmpty() || state.browsedYear() != null) {
            themesModel.get().browse(state.browsedThemes(), state.browsedYear());
        }
    }

    private void background(String titleKey, Runnable work) {
        String title = i18n.t(titleKey).replace("_", "");
        tasks.submit(title, progress -> {
            work.run();
            return null;
        }, done -> { }, error -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, error.getMessage(), DialogButtons.ok(i18n));
            alert.setHeaderText(title);
            alert.show();
        });
    }

    /** A view built the first time it is asked for. */
    static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> make;
        private T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            if (value == null) value = make.get();
            return value;
        }

        /** The view if it was built; it is not built for this. */
        Optional<T> built() {
            return Optional.ofNullable(value);
        }
    }
}
