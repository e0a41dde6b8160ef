package dev.annals.ui.export;

import dev.annals.logic.export.ExportFormat;
import dev.annals.logic.export.ExportListener;
import dev.annals.logic.export.ExportOptions;
import dev.annals.logic.export.ExportResult;
import dev.annals.logic.export.ExportScope;
import dev.annals.logic.export.ExportService;
import dev.annals.logic.export.GroupBy;
import dev.annals.logic.export.ReportLabels;
import dev.annals.model.DocumentSummary;
import dev.annals.model.PartialDate;
import dev.annals.model.Theme;
import dev.annals.ui.common.BackgroundTasks;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.TaskHandle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** The export dialog's state: format, scope and options, the preview count, the target file and the export run. */
public final class ExportViewModel {

    /**
     * Where the dialog stands. {@code CHOOSE_FILE}: the file is only a suggestion, and the view must let the user
     * pick one (a first export never goes silently to a folder the user did not choose). {@code CONFIRM_OVERWRITE}:
     * the file exists and the view must ask before going on.
     */
    public enum State { EDITING, INVALID, CHOOSE_FILE, CONFIRM_OVERWRITE, EXPORTING, DONE, FAILED }

    private final ExportService exporter;
    private final Supplier<List<Theme>> themeSource;
    private final Supplier<List<DocumentSummary>> documentSource;
    private final BackgroundTasks tasks;
    private final I18n i18n;
    private final LastFolder lastFolder;

    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.MD);
    private final ObjectProperty<ScopeKind> scopeKind = new SimpleObjectProperty<>(ScopeKind.EVERYTHING);
    private final ObjectProperty<DocumentSummary> document = new SimpleObjectProperty<>();
    private final ObservableSet<Long> themeIds = FXCollections.observableSet();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final ObjectProperty<GroupBy> groupBy = new SimpleObjectProperty<>(GroupBy.THEME);
    private final BooleanProperty notes = new SimpleBooleanProperty(true);
    private final BooleanProperty quotes = new SimpleBooleanProperty(true);
    private final BooleanProperty context = new SimpleBooleanProperty(false);
    private final BooleanProperty bom = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> target = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper targetChosen = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Theme> themes = FXCollections.observableArrayList();
    private final ObservableList<DocumentSummary> documents = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper preview = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.EDITING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<TaskHandle> running = new ReadOnlyObjectWrapper<>();
    private long previewGeneration;
    private Path confirmedTarget;

    public ExportViewModel(ExportService exporter, Supplier<List<Theme>> themes, Supplier<List<DocumentSummary>> documents,
                           BackgroundTasks tasks, I18n i18n, LastFolder lastFolder) {
        this.exporter = exporter;
        this.themeSource = themes;
        this.documentSource = documents;
        this.tasks = tasks;
        this.i18n = i18n;
        this.lastFolder = lastFolder;
        format.addListener((o, was, now) -> {
            retarget(now);
            refreshPreview();
        });
        scopeKind.addListener(o -> refreshPreview());
        document.addListener(o -> refreshPreview());
        themeIds.addListener((javafx.collections.SetChangeListener<Long>) c -> refreshPreview());
        from.addListener(o -> refreshPreview());
        to.addListener(o -> refreshPreview());
    }

    /** Loads the codebook and the document list, then counts what would go out. */
    public void load() {
        tasks.submit(i18n.t("export.loading"), p -> new Lists(themeSource.get(), documentSource.get()), lists -> {
            themes.setAll(lists.themes());
            documents.setAll(lists.documents());
            if (document.get() == null && !lists.documents().isEmpty()) document.set(lists.documents().get(0));
            if (target.get() == null) retarget(format.get());
            refreshPreview();
        }, this::failed);
    }

    private record Lists(List<Theme> themes, List<DocumentSummary> documents) {
    }

    /** The scope as chosen; throws IllegalArgumentException with a message the user can act on. */
    ExportScope scope() {
        return switch (scopeKind.get()) {
            case EVERYTHING -> ExportScope.EVERYTHING;
            case DOCUMENT -> {
                if (document.get() == null) throw new IllegalArgumentException(i18n.t("export.chooseDocument"));
                yield new ExportScope(document.get().id(), null, null, null);
            }
            case THEMES -> {
                if (themeIds.isEmpty()) throw new IllegalArgumentException(i18n.t("export.chooseThemes"));
                yield new ExportScope(null, themeIds, null, null);
            }
            case DATES -> new ExportScope(null, null, date(from.get()), date(to.get()));
        };
    }

    private PartialDate date(String text) {
        if (text == null || text.isBlank()) return null;
        return PartialDate.tryParseIso(text).orElseThrow(() -> new IllegalArgumentException(i18n.t("export.badDate", text.strip())));
    }

    /** Counts, in the background, the annotations (or themes) the current choice would export. */
    public void refreshPreview() {
        if (state.get() == State.EXPORTING) return;
        ExportScope scope;
        try {
            scope = scope();
        } catch (IllegalArgumentException e) {
            preview.set(-1);
            setState(State.INVALID, e.getMessage());
            return;
        }
        long generation = ++previewGeneration;
        ExportFormat fmt = format.get();
        tasks.submit(i18n.t("export.counting"), p -> exporter.preview(fmt, scope), count -> {
            if (generation != previewGeneration) return;
            preview.set(count);
            setState(State.EDITING, fmt.carriesAnnotations() ? i18n.t("export.preview", count) : i18n.t("export.previewThemes", count));
        }, this::failed);
    }

    /**
     * The user picked a file in the system's save dialog, which has already asked about replacing an existing
     * file: remember its folder for next time, and do not ask again.
     */
    public void chooseTarget(Path file) {
        confirmedTarget = file;
        targetChosen.set(file != null);
        target.set(file);
        if (file != null && file.toAbsolutePath().getParent() != null) lastFolder.remember(file.toAbsolutePath().getParent());
    }

    /**
     * The user typed the file's path: absolute, {@code ~/…}, or relative to the folder last exported to (else the home
     * folder). Blank means no file.
     */
    public void typeTarget(String text) {
        String clean = text == null ? "" : text.strip();
        targetChosen.set(!clean.isEmpty());
        if (clean.isEmpty()) {
            target.set(null);
            return;
        }
        String home = System.getProperty("user.home");
        Path typed = clean.equals("~") || clean.startsWith("~/") ? Path.of(home + clean.substring(1)) : Path.of(clean);
        target.set(typed.isAbsolute() ? typed.normalize() : initialFolder().resolve(typed).normalize());
    }

    /** The folder a file chooser should open in. */
    public Path initialFolder() {
        return lastFolder.get().orElse(Path.of(System.getProperty("user.home")));
    }

    public String suggestedFileName() {
        return i18n.t("export.fileName") + "." + format.get().extension();
    }

    private void retarget(ExportFormat fmt) {
        Path current = target.get();
        Path folder = current != null && current.toAbsolutePath().getParent() != null ? current.toAbsolutePath().getParent() : initialFolder();
        String name = current == null ? suggestedFileName() : current.getFileName().toString().replaceFirst("\\.[^.]*$", "") + "." + fmt.extension();
        target.set(folder.resolve(name));
    }

    /** Starts the export. Without {@code overwrite}, an existing file moves to CONFIRM_OVERWRITE instead. */
    public void export(boolean overwrite) {
        Path file = target.get();
        if (file == null) {
            setState(State.INVALID, i18n.t("export.chooseFile"));
            return;
        }
        ExportOptions options;
        try {
            options = new ExportOptions(format.get(), scope(), groupBy.get(), notes.get(), quotes.get(), context.get(), bom.get());
        } catch (IllegalArgumentException e) {
            setState(State.INVALID, e.getMessage());
            return;
        }
        if (!targetChosen.get()) {
            setState(State.CHOOSE_FILE, i18n.t("export.chooseFile"));
            return;
        }
        overwrite = overwrite || file.equals(confirmedTarget);
        if (!overwrite && Files.exists(file)) {
            setState(State.CONFIRM_OVERWRITE, i18n.t("export.exists", file.getFileName()));
            return;
        }
        ReportLabels labels = i18n.isVietnamese() ? ReportLabels.vietnamese() : ReportLabels.english();
        boolean replace = overwrite;
        setState(State.EXPORTING, i18n.t("export.running"));
        busy.set(true);
        TaskHandle handle = tasks.submit(i18n.t("export.running"), progress -> exporter.export(options, file, replace, labels, new ExportListener() {
            @Override
            public void progress(long done, long total) {
                progress.update(done, total, i18n.t("export.progress", done));
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        }), this::finished, this::failed);
        if (busy.get()) running.set(handle);
    }

    /** Stops a running export; no file is written. */
    public void cancel() {
        TaskHandle handle = running.get();
        if (handle != null) handle.cancel();
    }

    private void finished(ExportResult result) {
        busy.set(false);
        running.set(null);
        Path file = result.file().toAbsolutePath();
        if (file.getParent() != null) lastFolder.remember(file.getParent());
        String text = format.get().carriesAnnotations() ? i18n.t("export.done", result.written(), file)
                : i18n.t("export.doneThemes", result.written(), file);
        if (result.skippedOrphans() > 0) text += " " + i18n.t("export.orphansLeftOut", result.skippedOrphans());
        setState(State.DONE, text);
    }

    private void failed(Throwable error) {
        busy.set(false);
        running.set(null);
        setState(State.FAILED, ExportErrors.describe(error, i18n));
    }

    private void setState(State newState, String text) {
        state.set(newState);
        message.set(text);
    }

    public ObjectProperty<ExportFormat> formatProperty() { return format; }

    public ObjectProperty<ScopeKind> scopeKindProperty() { return scopeKind; }

    public ObjectProperty<DocumentSummary> documentProperty() { return document; }

    public ObservableSet<Long> themeIds() { return themeIds; }

    public StringProperty fromProperty() { return from; }

    public StringProperty toProperty() { return to; }

    public ObjectProperty<GroupBy> groupByProperty() { return groupBy; }

    public BooleanProperty notesProperty() { return notes; }

    public BooleanProperty quotesProperty() { return quotes; }

    public BooleanProperty contextProperty() { return context; }

    public BooleanProperty bomProperty() { return bom; }

    public ObjectProperty<Path> targetProperty() { return target; }

    /** False while the file is only the suggested one; true once the user picked or typed it. */
    public ReadOnlyBooleanProperty targetChosenProperty() { return targetChosen.getReadOnlyProperty(); }

    public ObservableList<Theme> themes() { return themes; }

    public ObservableList<DocumentSummary> documents() { return documents; }

    public ReadOnlyLongProperty previewProperty() { return preview.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }

    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    public ReadOnlyObjectProperty<TaskHandle> runningProperty() { return running.getReadOnlyProperty(); }
}
