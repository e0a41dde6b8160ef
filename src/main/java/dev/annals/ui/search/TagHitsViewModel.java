package dev.annals.ui.search;

import dev.annals.logic.autocode.AutoCodePlan;
import dev.annals.logic.autocode.AutoCodeResult;
import dev.annals.logic.autocode.AutoCoder;
import dev.annals.logic.search.InvalidQueryException;
import dev.annals.logic.search.SearchFilters;
import dev.annals.model.Theme;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * "Tag hits…": every hit of the search with a check box (all checked; hits the theme already covers are shown but
 * cannot be checked), the theme to tag with, and one action that tags the checked hits as one undoable step.
 */
public final class TagHitsViewModel {

    /** At most this many hits are listed; the message says when there are more. */
    static final int MAX_HITS = 10_000;
    private static final Logger LOG = Logger.getLogger(TagHitsViewModel.class.getName());

    private final AutoCoder coder;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final String query;
    private final SearchFilters filters;
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObservableList<TagHitRow> rows = FXCollections.observableArrayList(row -> new javafx.beans.Observable[]{row.checkedProperty()});
    private final IntegerBinding checkedCount = Bindings.createIntegerBinding(
            () -> (int) rows.stream().filter(TagHitRow::isChecked).count(), rows);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private AutoCodePlan plan;
    private long generation;

    public TagHitsViewModel(AutoCoder coder, BackgroundTasks tasks, I18n i18n, String query, SearchFilters filters) {
        this.coder = coder;
        this.tasks = tasks;
        this.i18n = i18n;
        this.query = query;
        this.filters = filters;
        theme.addListener((obs, old, now) -> findHits());
    }

    public ObservableList<Theme> themes() { return themes; }

    public ObjectProperty<Theme> themeProperty() { return theme; }

    public ObservableList<TagHitRow> rows() { return rows; }

    public IntegerBinding checkedCountProperty() { return checkedCount; }

    /** How many hits, how many the theme already has, or what went wrong. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** True once the hits are tagged: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() { return done.getReadOnlyProperty(); }

    public String query() { return query; }

    /** "Tag 12 passages with an ninh trật tự". */
    public StringBinding actionTextProperty() {
        return Bindings.createStringBinding(() -> theme.get() == null ? i18n.t("tagHits.chooseTheme")
                : i18n.t("tagHits.action", checkedCount.get(), theme.get().name()), checkedCount, theme);
    }

    /** Loads the codebook; the first theme (or the one the search filters on) is chosen, which lists the hits. */
    public void load(String preferredTheme) {
        tasks.submit(i18n.t("tagHits.task"), progress -> coder.themes(), list -> {
            themes.setAll(list);
            theme.set(list.stream().filter(t -> t.name().equals(preferredTheme)).findFirst().orElse(list.isEmpty() ? null : list.get(0)));
        }, failure -> fail("cannot load the themes", failure));
    }

    private void findHits() {
        long mine = ++generation;
        Theme chosen = theme.get();
        if (chosen == null) return;
        busy.set(true);
        tasks.submit(i18n.t("tagHits.task"), progress -> {
            try {
                return coder.plan(query, filters, chosen.id(), MAX_HITS);
            } catch (InvalidQueryException e) {
                return e;
            }
        }, answer -> {
            if (mine != generation) return;
            busy.set(false);
            if (answer instanceof AutoCodePlan found) show(found);
            else message.set(i18n.t("search.invalid." + ((InvalidQueryException) answer).reason().name().toLowerCase(java.util.Locale.ROOT)));
        }, failure -> fail("cannot list the hits", failure));
    }

    private void show(AutoCodePlan found) {
        plan = found;
        rows.setAll(found.candidates().stream().map(TagHitRow::new).toList());
        long already = found.candidates().size() - found.taggableCount();
        String count = i18n.t("tagHits.count", found.candidates().size(), already, found.theme().name());
        message.set(found.candidates().size() >= MAX_HITS ? count + " " + i18n.t("tagHits.capped", MAX_HITS) : count);
    }

    public void toggle(TagHitRow row) {
        if (row != null && row.taggable()) row.checkedProperty().set(!row.isChecked());
    }

    public void setAll(boolean checked) {
        rows.stream().filter(TagHitRow::taggable).forEach(r -> r.checkedProperty().set(checked));
    }

    /** Tags the checked hits in the background; {@link #doneProperty()} turns true when they are stored. */
    public void tagChecked() {
        if (plan == null || checkedCount.get() == 0 || busy.get()) return;
        AutoCodePlan chosenPlan = plan;
        Set<AutoCodePlan.Candidate> chosen = rows.stream().filter(TagHitRow::isChecked).map(TagHitRow::candidate)
                .collect(Collectors.toCollection(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));
        busy.set(true);
        tasks.submit(i18n.t("tagHits.task"), progress -> coder.apply(chosenPlan, chosen::contains), (AutoCodeResult result) -> {
            busy.set(false);
            message.set(i18n.t("tagHits.tagged", result.tagged().size(), chosenPlan.theme().name()));
            done.set(true);
        }, failure -> fail("tagging the hits failed", failure));
    }

    private void fail(String what, Throwable failure) {
        LOG.log(Level.WARNING, what, failure);
        busy.set(false);
        message.set(i18n.t("tagHits.failed"));
    }
}
