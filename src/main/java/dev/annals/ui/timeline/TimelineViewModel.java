package dev.annals.ui.timeline;

import dev.annals.logic.analysis.ConferenceComparison;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.people.PeopleIndex;
import dev.annals.logic.timeline.Granularity;
import dev.annals.logic.timeline.Period;
import dev.annals.logic.timeline.ThemeTrend;
import dev.annals.logic.timeline.ThemeTrends;
import dev.annals.logic.timeline.TimeWindow;
import dev.annals.logic.timeline.TimelineData;
import dev.annals.logic.timeline.TimelineLayout;
import dev.annals.logic.timeline.TimelineService;
import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentSummary;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Navigator;
import dev.annals.ui.common.Reloader;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The state of the timeline: the conferences shown (after the kind and theme filters), the visible window,
 * the focused conference and the "themes over time" matrix. Zoom, pan and focus moves are in {@link TimelineNavigation}.
 * It reads the library again, keeping the window and the focus, when documents, annotations, themes or
 * conferences change.
 */
public final class TimelineViewModel {

    private static final Logger LOG = Logger.getLogger(TimelineViewModel.class.getName());

    private final TimelineService service;
    private final BackgroundTasks background;
    private final Navigator navigator;
    private final TimelineText text;

    private final ObjectProperty<TimelineData> data = new SimpleObjectProperty<>(TimelineData.EMPTY);
    private final ObjectProperty<TimelineLayout> layout = new SimpleObjectProperty<>(new TimelineLayout(List.of()));
    private final ObjectProperty<List<ConferenceKind>> lanes = new SimpleObjectProperty<>(List.of());
    private final ObservableSet<ConferenceKind> hiddenKinds = FXCollections.observableSet();
    private final ObservableSet<Long> themeFilter = FXCollections.observableSet();
    private final ObjectProperty<Granularity> granularity = new SimpleObjectProperty<>(Granularity.QUARTER);
    private final ObjectProperty<ThemeTrend> trend = new SimpleObjectProperty<>(ThemeTrends.compute(List.of(), Map.of(), List.of(), Granularity.QUARTER));
    private final ObjectProperty<List<DocumentSummary>> documentChoice = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private Long pendingFocus;
    private final BooleanProperty empty = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final TimelineNavigation navigation;
    private final CompareSelection selection = new CompareSelection();
    private final Reloader<TimelineData> refresher;
    private final PeopleFilter people;

    public TimelineViewModel(TimelineService service, BackgroundTasks background, Navigator navigator, I18n i18n,
                             FxLibraryChanges changes) {
        this(service, null, background, navigator, i18n, changes);
    }

    /** With {@code peopleIndex}, the conferences can be limited to those that name chosen people. */
    public TimelineViewModel(TimelineService service, PeopleIndex peopleIndex, BackgroundTasks background, Navigator navigator, I18n i18n,
                             FxLibraryChanges changes) {
        this.service = service;
        this.background = background;
        this.navigator = navigator;
        this.text = new TimelineText(i18n);
        this.navigation = new TimelineNavigation(layout);
        this.refresher = Reloader.of(background, text.get("timeline.loading"), progress -> service.load(text::conferenceTitle),
                this::apply, failure -> fail("timeline.error.load", failure));
        this.people = new PeopleFilter(peopleIndex, background, text, this::rebuild);
        changes.subscribe(change -> {
            if (change.changesDocuments() || change.changesAnnotations() || change.has(LibraryChange.Aspect.CONFERENCES)) {
                refresher.request();
            }
            if (change.changesDocuments() || change.has(LibraryChange.Aspect.CONFERENCES) || change.has(LibraryChange.Aspect.PEOPLE)) people.reload();
        });
        hiddenKinds.addListener((SetChangeListener<ConferenceKind>) c -> rebuild());
        themeFilter.addListener((SetChangeListener<Long>) c -> rebuild());
        granularity.addListener((obs, old, now) -> rebuild());
    }

    /** Reads the conferences and annotations in the background, and shows all of them. */
    public void load() {
        loading.set(true);
        error.set(null);
        background.submit(text.get("timeline.loading"), progress -> service.load(text::conferenceTitle), loaded -> {
            apply(loaded);
            navigation.showAll();
        }, failure -> fail("timeline.error.load", failure));
        people.reload();
    }

    private void apply(TimelineData loaded) {
        loading.set(false);
        data.set(loaded);
        empty.set(loaded.conferences().isEmpty());
        rebuild();
    }

    private void fail(String key, Throwable failure) {
        loading.set(false);
        LOG.log(Level.WARNING, "timeline: " + key, failure);
        error.set(text.get(key, failure.getMessage()));
    }

    /** Saves a change to the conferences; the change it publishes brings them back here. */
    private void edit(Runnable change) {
        error.set(null);
        background.submit(text.get("timeline.saving"), progress -> {
            change.run();
            return Boolean.TRUE;
        }, done -> { }, failure -> fail("timeline.error.save", failure));
    }

    /** A blank title goes back to the automatic one. */
    public void rename(long conferenceId, String title) {
        edit(() -> service.conferences().rename(conferenceId, title));
    }

    /** Takes "2020", "2021-06" or "2021-06-21"; anything else is refused with a message. */
    public boolean redate(long conferenceId, String iso) {
        var date = dev.annals.model.PartialDate.tryParseIso(iso);
        if (date.isEmpty()) {
            error.set(text.get("timeline.error.date", iso));
            return false;
        }
        edit(() -> service.conferences().redate(conferenceId, date.get()));
        return true;
    }

    public void changeKind(long conferenceId, ConferenceKind kind) {
        edit(() -> service.conferences().changeKind(conferenceId, kind));
    }

    public void merge(long targetId, long otherId) {
        edit(() -> service.conferences().merge(targetId, List.of(otherId)));
    }

    /** Moves one article out into a conference of its own. */
    public void splitOff(long conferenceId, long docId) {
        edit(() -> service.conferences().split(conferenceId, List.of(docId)));
    }

    /** Selects the conference (from a search hit on its memo); when the timeline has not loaded yet, once it has. */
    public void focusConference(long conferenceId) {
        List<Conference> shown = layout.get().conferences();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id() == conferenceId) {
                pendingFocus = null;
                navigation.focus(i);
                return;
            }
        }
        pendingFocus = conferenceId;
    }

    public void forgetEdits(long conferenceId) {
        edit(() -> service.conferences().forgetEdits(conferenceId));
    }

    private void rebuild() {
        TimelineData d = data.get();
        List<Conference> shown = d.conferences().stream().filter(this::passesThemeFilter).filter(people::passes).toList();
        lanes.set(Arrays.stream(ConferenceKind.values())
                .filter(k -> !hiddenKinds.contains(k))
                .filter(k -> d.conferences().stream().anyMatch(c -> c.kind() == k)).toList());
        selection.retain(d.conferences().stream().map(Conference::id).toList());
        List<Conference> laned = shown.stream().filter(c -> lanes.get().contains(c.kind())).toList();
        Conference focused = navigation.focusedConference();
        layout.set(new TimelineLayout(laned));
        navigation.refocus(focused);
        if (pendingFocus != null) focusConference(pendingFocus);
        trend.set(ThemeTrends.compute(laned, d.themeCounts(), d.themes(), granularity.get()));
    }

    private boolean passesThemeFilter(Conference c) {
        if (themeFilter.isEmpty()) return true;
        return data.get().themeCounts(c.id()).keySet().stream().anyMatch(themeFilter::contains);
    }

    /** Opens the focused conference: its document in the reader, or a choice when it has several. */
    public void openFocused() {
        Conference c = navigation.focusedConference();
        if (c != null) open(c);
    }

    public void open(Conference c) {
        if (c.docIds().size() == 1) {
            navigator.openDocument(c.docIds().get(0));
            return;
        }
        documentsOf(c, documentChoice::set);
    }

    /** Reads the conference's documents in the background (the timeline holds only their ids) and hands them on. */
    void documentsOf(Conference c, java.util.function.Consumer<List<DocumentSummary>> then) {
        background.submit(text.get("timeline.loading"), progress -> service.documents(c), then, failure -> fail("timeline.error.load", failure));
    }

    /** Ctrl+click or Ctrl+Space: picks a conference for comparison, or unpicks it; a fifth is refused with a message. */
    public void toggleSelected(Conference c) {
        if (selection.toggle(c.id())) error.set(null);
        else error.set(text.get("timeline.compare.tooMany", ConferenceComparison.MAX));
    }

    public void toggleFocusedSelected() {
        Conference c = navigation.focusedConference();
        if (c != null) toggleSelected(c);
    }

    /** Opens the comparison of the picked conferences, oldest first, when two to four are picked. */
    public void compareSelected() {
        if (!selection.canCompareProperty().get()) {
            error.set(text.get("timeline.compare.pick", ConferenceComparison.MIN, ConferenceComparison.MAX));
            return;
        }
        error.set(null);
        navigator.compareConferences(data.get().conferences().stream().map(Conference::id).filter(selection::contains).toList());
    }

    /** From the empty state: where articles are imported. */
    public void showLibrary() {
        navigator.showLibrary();
    }

    public void openDocument(long docId) {
        documentChoice.set(List.of());
        navigator.openDocument(docId);
    }

    /** Opens the theme browser on one theme, limited to the period of a heat-map cell. */
    public void openThemeCell(long themeId, Period period) {
        navigator.showThemeBrowser(Set.of(themeId), period.from(), period.to());
    }

    public void setKindShown(ConferenceKind kind, boolean shown) {
        if (shown) hiddenKinds.remove(kind);
        else hiddenKinds.add(kind);
    }

    public void setThemeShown(long themeId, boolean shown) {
        if (shown) themeFilter.add(themeId);
        else themeFilter.remove(themeId);
    }

    public boolean isEmpty() {
        return data.get().conferences().isEmpty();
    }

    /** The kinds that have at least one conference, for the legend. */
    public List<ConferenceKind> kindsPresent() {
        return Arrays.stream(ConferenceKind.values()).filter(k -> data.get().conferences().stream().anyMatch(c -> c.kind() == k)).toList();
    }

    /** The people filter: choices, the people chosen, and setting them. */
    public PeopleFilter people() { return people; }

    /** Limits the timeline to the conferences that name these people, and shows them all. */
    public void showPeople(List<dev.annals.logic.people.Person> chosen) {
        people.choose(chosen);
        navigation.showAll();
    }

    public TimelineNavigation navigation() { return navigation; }
    public CompareSelection selection() { return selection; }
    public TimelineText text() { return text; }
    public ObjectProperty<TimelineData> dataProperty() { return data; }
    public ObjectProperty<TimelineLayout> layoutProperty() { return layout; }
    public ObjectProperty<List<ConferenceKind>> lanesProperty() { return lanes; }
    public ObservableSet<ConferenceKind> hiddenKinds() { return hiddenKinds; }
    public ObservableSet<Long> themeFilter() { return themeFilter; }
    public ObjectProperty<Granularity> granularityProperty() { return granularity; }
    public ObjectProperty<ThemeTrend> trendProperty() { return trend; }
    public ObjectProperty<List<DocumentSummary>> documentChoiceProperty() { return documentChoice; }
    public BooleanProperty loadingProperty() { return loading; }
    /** True once a load found no conferences. */
    public BooleanProperty emptyProperty() { return empty; }
    public StringProperty errorProperty() { return error; }

    public ObjectProperty<TimeWindow> windowProperty() { return navigation.windowProperty(); }
    public IntegerProperty focusedIndexProperty() { return navigation.focusedIndexProperty(); }
}
