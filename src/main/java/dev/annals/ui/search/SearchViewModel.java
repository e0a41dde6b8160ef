package dev.annals.ui.search;

import dev.annals.logic.autocode.AutoCoder;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.search.InvalidQueryException;
import dev.annals.logic.search.SearchFilters;
import dev.annals.logic.search.SearchRequest;
import dev.annals.logic.search.SearchResults;
import dev.annals.logic.search.SearchService;
import dev.annals.model.ConferenceKind;
import dev.annals.model.Theme;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Navigator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The search view's state: the query and filters, the results, which row is selected, and what to tell the user.
 * The results and the theme names follow the library's changes.
 */
public final class SearchViewModel {

    public enum State { IDLE, SEARCHING, RESULTS, NO_RESULTS, INVALID, FAILED }

    /** What the user asked for: the query and the filters, kept when the window is rebuilt in another language. */
    public record Criteria(String query, Integer fromYear, Integer toYear, ConferenceKind kind, String theme) {
    }

    private static final Logger LOG = Logger.getLogger(SearchViewModel.class.getName());
    static final int LIMIT = 50;

    private final SearchService service;
    private final AutoCoder autoCoder;
    private final ReadOnlyBooleanWrapper canTagHits = new ReadOnlyBooleanWrapper(false);
    private final BackgroundTasks tasks;
    private final Navigator navigator;
    private final I18n i18n;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Integer> fromYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> toYear = new SimpleObjectProperty<>();
    private final ObjectProperty<ConferenceKind> kind = new SimpleObjectProperty<>();
    private final StringProperty theme = new SimpleStringProperty();
    private final ObservableList<ResultItem> results = FXCollections.observableArrayList();
    private final ObservableList<String> themeNames = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyStringWrapper message;
    private long generation;
    private boolean openFirstWhenFound;
    private boolean keepSelection;

    public SearchViewModel(SearchService service, BackgroundTasks tasks, Navigator navigator, I18n i18n, FxLibraryChanges changes) {
        this(service, null, tasks, navigator, i18n, changes);
    }

    /** With {@code autoCoder}, the hits can be tagged with a theme ("Tag hits…"). */
    public SearchViewModel(SearchService service, AutoCoder autoCoder, BackgroundTasks tasks, Navigator navigator, I18n i18n,
                           FxLibraryChanges changes) {
        this.service = service;
        this.autoCoder = autoCoder;
        this.tasks = tasks;
        this.navigator = navigator;
        this.i18n = i18n;
        this.message = new ReadOnlyStringWrapper(i18n.t("search.typeToSearch"));
        changes.subscribe(this::heard);
    }

    private void heard(LibraryChange change) {
        if (change.has(LibraryChange.Aspect.THEMES)) loadThemes();
        boolean showing = state.get() == State.RESULTS || state.get() == State.NO_RESULTS;
        if (showing && (change.changesDocuments() || change.changesAnnotations() || change.has(LibraryChange.Aspect.MEMOS))) {
            keepSelection = true;
            search();
        }
    }

    public StringProperty queryProperty() { return query; }

    public ObjectProperty<Integer> fromYearProperty() { return fromYear; }

    public ObjectProperty<Integer> toYearProperty() { return toYear; }

    public ObjectProperty<ConferenceKind> kindProperty() { return kind; }

    public StringProperty themeProperty() { return theme; }

    public ObservableList<ResultItem> results() { return results; }

    public ObservableList<String> themeNames() { return themeNames; }

    public IntegerProperty selectedIndexProperty() { return selectedIndex; }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    /** The result count, or why there is nothing to show ("type to search", "no results", a bad query). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public Criteria criteria() {
        return new Criteria(query.get(), fromYear.get(), toYear.get(), kind.get(), theme.get());
    }

    /** Asks again what was asked before (the view shows the criteria in its fields first). */
    public void restore(Criteria criteria) {
        query.set(criteria.query() == null ? "" : criteria.query());
        fromYear.set(criteria.fromYear());
        toYear.set(criteria.toYear());
        kind.set(criteria.kind());
        theme.set(criteria.theme());
        search();
    }

    /** Runs the query with the filters; an answer to an older query that arrives late is dropped. */
    public void search() {
        openFirstWhenFound = false;
        runSearch();
    }

    /** Searches now and opens the best hit (Enter pressed before the search that typing started). */
    public void searchThenOpenFirst() {
        openFirstWhenFound = true;
        runSearch();
    }

    private void runSearch() {
        long mine = ++generation;
        String text = query.get() == null ? "" : query.get();
        if (text.isBlank()) {
            show(State.IDLE, i18n.t("search.typeToSearch"), List.of());
            return;
        }
        SearchRequest request = new SearchRequest(text, new SearchFilters(fromYear.get(), toYear.get(), kind.get(), theme.get()), LIMIT);
        state.set(State.SEARCHING);
        tasks.submit(i18n.t("search.task"), progress -> {
            try {
                return service.searchEverything(request);
            } catch (InvalidQueryException e) {
                return e;
            }
        }, answer -> {
            if (mine == generation) showAnswer(answer);
        }, failure -> {
            if (mine != generation) return;
            LOG.log(Level.WARNING, "search failed", failure);
            show(State.FAILED, i18n.t("search.failed"), List.of());
        });
    }

    private void showAnswer(Object answer) {
        if (answer instanceof InvalidQueryException invalid) {
            State idle = invalid.reason() == InvalidQueryException.Reason.EMPTY ? State.IDLE : State.INVALID;
            show(idle, i18n.t("search.invalid." + invalid.reason().name().toLowerCase(java.util.Locale.ROOT)), List.of());
            return;
        }
        SearchResults found = (SearchResults) answer;
        List<ResultItem> items = new ArrayList<>();
        found.documents().forEach(h -> items.add(new ResultItem.DocumentResult(h)));
        found.notes().forEach(h -> items.add(new ResultItem.NoteResult(h)));
        found.themes().forEach(h -> items.add(new ResultItem.ThemeResult(h)));
        found.memos().forEach(h -> items.add(new ResultItem.MemoResult(h)));
        if (items.isEmpty()) {
            show(State.NO_RESULTS, i18n.t("search.noResults", query.get().strip()), items);
        } else {
            String count = i18n.t("search.count", found.totalDocuments(), found.notes().size(), found.themes().size())
                    + (found.memos().isEmpty() ? "" : " \u00b7 " + i18n.t("search.count.memos", found.memos().size()));
            show(State.RESULTS, found.newestFirst() ? count + " \u00b7 " + i18n.t("search.newestFirst") : count, items);
            if (openFirstWhenFound) open(items.get(0));
        }
        openFirstWhenFound = false;
    }

    private void show(State newState, String text, List<ResultItem> items) {
        int was = selectedIndex.get();
        results.setAll(items);
        selectedIndex.set(-1);
        selectedIndex.set(items.isEmpty() ? -1 : keepSelection ? Math.max(0, Math.min(was, items.size() - 1)) : 0);
        keepSelection = false;
        message.set(text);
        state.set(newState);
        canTagHits.set(autoCoder != null && items.stream().anyMatch(i -> i instanceof ResultItem.DocumentResult));
    }

    /** True when documents were found and this window can tag them. */
    public ReadOnlyBooleanProperty canTagHitsProperty() { return canTagHits.getReadOnlyProperty(); }

    /** The "Tag hits…" dialog's model for the current query and filters (the theme filter only narrows the documents). */
    public TagHitsViewModel tagHits() {
        if (!canTagHits.get()) throw new IllegalStateException("no hits to tag");
        return new TagHitsViewModel(autoCoder, tasks, i18n, query.get(), new SearchFilters(fromYear.get(), toYear.get(), kind.get(), theme.get()));
    }

    /** Loads the theme names for the theme filter. */
    public void loadThemes() {
        tasks.submit(i18n.t("search.task"), progress -> service.themes().stream().map(Theme::name).toList(),
                themeNames::setAll, failure -> LOG.log(Level.WARNING, "cannot load themes", failure));
    }

    public void selectNext() {
        if (!results.isEmpty()) selectedIndex.set(Math.min(results.size() - 1, selectedIndex.get() + 1));
    }

    public void selectPrevious() {
        if (!results.isEmpty()) selectedIndex.set(Math.max(0, selectedIndex.get() - 1));
    }

    public void openSelected() {
        int i = selectedIndex.get();
        if (i >= 0 && i < results.size()) open(results.get(i));
    }

    /** Opens a document at its hit, a note at its passage, a theme in the theme browser. */
    public void open(ResultItem item) {
        switch (item) {
            case ResultItem.DocumentResult d -> navigator.openDocument(d.hit().docId(), d.hit().start(), d.hit().end());
            case ResultItem.NoteResult n -> navigator.openDocument(n.hit().docId(), n.hit().start(), n.hit().end());
            case ResultItem.ThemeResult t -> navigator.showThemeBrowser(Set.of(t.hit().themeId()), null, null);
            case ResultItem.MemoResult m -> openMemo(m.hit().subject());
        }
    }

    /** A memo opens its object, where it is written beside it; a memo of the library has no place to open. */
    private void openMemo(dev.annals.model.MemoSubject subject) {
        switch (subject.kind()) {
            case DOCUMENT -> navigator.openDocument(subject.id());
            case THEME -> navigator.showThemeBrowser(Set.of(subject.id()), null, null);
            case CONFERENCE -> navigator.showConference(subject.id());
            case LIBRARY -> { }
        }
    }

    /** Rebuilds the index (a repair), then searches again. */
    public void rebuildIndex() {
        tasks.submit(i18n.t("search.rebuild"), progress -> {
            service.rebuildIndex();
            return Boolean.TRUE;
        }, done -> search(), failure -> {
            LOG.log(Level.WARNING, "rebuilding the search index failed", failure);
            show(State.FAILED, i18n.t("search.rebuildFailed"), List.of());
        });
    }
}
