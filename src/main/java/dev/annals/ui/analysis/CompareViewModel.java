package dev.annals.ui.analysis;

import dev.annals.logic.analysis.ComparisonExports;
import dev.annals.logic.analysis.ConferenceComparison;
import dev.annals.logic.analysis.ConferenceComparison.Column;
import dev.annals.logic.analysis.ConferenceComparison.ThemeShare;
import dev.annals.logic.analysis.CooccurrenceExports;
import dev.annals.logic.analysis.Passage;
import dev.annals.logic.changes.LibraryChange;
import dev.annals.logic.timeline.ConferenceNamer;
import dev.annals.model.Conference;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.Navigator;
import dev.annals.ui.common.Reloader;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The comparison of 2–4 conferences: one column each (date and kind, themes with count and share, people, passages),
 * read in the background and again when themes, annotations, documents or conferences change; and its exports.
 */
public final class CompareViewModel {

    private static final Logger LOG = Logger.getLogger(CompareViewModel.class.getName());

    private final ConferenceComparison comparison;
    private final Navigator navigator;
    private final I18n i18n;
    private final Path libraryFolder;
    private final List<Long> ids;
    private final ConferenceNamer namer;
    private final ObservableList<Column> columns = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Reloader<List<Column>> reloader;
    private final ExportRunner exports;

    public CompareViewModel(ConferenceComparison comparison, List<Long> ids, BackgroundTasks tasks, Navigator navigator,
                            I18n i18n, FxLibraryChanges changes, Path libraryFolder) {
        this.comparison = comparison;
        this.ids = List.copyOf(ids);
        this.navigator = navigator;
        this.i18n = i18n;
        this.libraryFolder = libraryFolder;
        this.namer = (kind, date) -> i18n.t("timeline.conferenceTitle", i18n.kindName(kind), i18n.formatDate(date));
        this.exports = new ExportRunner(tasks, i18n, message);
        this.reloader = Reloader.of(tasks, i18n.t("compare.loading"), progress -> read(), this::show, this::fail);
        changes.subscribe(this::heard);
    }

    private void heard(LibraryChange change) {
        if (change.changesAnnotations() || change.changesDocuments() || change.has(LibraryChange.Aspect.THEMES)
                || change.has(LibraryChange.Aspect.CONFERENCES)) {
            reload();
        }
    }

    public void reload() {
        reloader.request();
    }

    /** The conferences still on the timeline: a merge or a split may have taken one away since the window opened. */
    private List<Column> read() {
        List<Long> present = ids.stream().filter(id -> comparison.find(id, namer).isPresent()).toList();
        return present.size() < ConferenceComparison.MIN ? List.of() : comparison.compare(present, namer);
    }

    private void show(List<Column> read) {
        columns.setAll(read);
        if (read.isEmpty()) message.set(i18n.t("compare.gone"));
        else if (read.size() < ids.size()) message.set(i18n.t("compare.someGone", ids.size() - read.size()));
        else message.set(i18n.t("compare.onlyHereHint"));
    }

    private void fail(Throwable failure) {
        LOG.log(Level.WARNING, "cannot compare the conferences", failure);
        message.set(i18n.t("compare.failed"));
    }

    public ObservableList<Column> columns() { return columns; }

    /** What the marks mean, why there is nothing, or what an export did. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** "29/12/2021 · Annual national conference". */
    public String about(Conference c) {
        return i18n.formatDate(c.date()) + " · " + i18n.kindName(c.kind());
    }

    /** "2 passages · 50%". */
    public String countAndShare(ThemeShare s) {
        return i18n.t("compare.countAndShare", s.count(), ComparisonExports.percent(s.share()));
    }

    /** What a screen reader says for a theme's bar. */
    public String spokenTheme(ThemeShare s) {
        String said = s.theme().name() + ": " + countAndShare(s);
        return s.onlyHere() ? said + ", " + i18n.t("compare.onlyHere") : said;
    }

    public String themeOf(Column c, Passage p) {
        return c.themes().stream().filter(s -> s.theme().id() == p.themeId()).findFirst().map(s -> s.theme().name()).orElse("");
    }

    public void openPassage(Passage p) {
        if (p != null) navigator.openDocument(p.docId(), p.start(), p.end());
    }

    public void exportMarkdown(Path target) {
        List<Column> now = List.copyOf(columns);
        ComparisonExports.Labels labels = labels();
        exports.export(target, () -> ComparisonExports.writeMarkdown(now, labels, target, libraryFolder));
    }

    public void exportCsv(Path target) {
        List<Column> now = List.copyOf(columns);
        exports.export(target, () -> ComparisonExports.writeCsv(now, target, libraryFolder));
    }

    /** Writes a picture the view made (PNG bytes). */
    public void exportPng(byte[] png, Path target) {
        exports.export(target, () -> CooccurrenceExports.writeBytes(png, target, libraryFolder));
    }

    private ComparisonExports.Labels labels() {
        return new ComparisonExports.Labels(i18n.t("compare.title"), i18n.t("compare.theme"), i18n.t("compare.passages"),
                i18n.t("compare.share"), i18n.t("compare.onlyHere"), i18n.t("compare.people"), i18n.t("compare.noPeople"),
                i18n.t("compare.tagged"), i18n.t("compare.noPassages"), this::about);
    }
}
