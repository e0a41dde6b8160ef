package dev.annals.ui.reader;

import dev.annals.model.Document;
import dev.annals.model.Span;
import dev.annals.ui.common.EmptyState;
import dev.annals.ui.common.I18n;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reader: a document set for comfortable reading (measure, line height, paragraph spacing), its header,
 * find in document, the metadata panel, and the annotation tools. Embed {@link #root()} in the main window.
 */
public final class ReaderView {

    private static final double MEASURE_EM = 36;
    private static final double SCROLLBAR = 12;
    private static final double MIN_MARGIN = 8;

    private final ReaderViewModel vm;
    private final I18n i18n;
    private final BorderPane root = new BorderPane();
    private final ReaderArea area = new ReaderArea();
    private Ink ink = Ink.LIGHT;
    private final ReaderHeader header;
    private final FindBar findBar;
    private final ToggleButton detailsToggle = new ToggleButton();
    private final VBox side = new VBox(12);
    private final SplitPane split = new SplitPane();
    private final PauseTransition positionSaver = new PauseTransition(Duration.millis(700));
    private final EditTextBar editBar;
    private final VBox column = new VBox();
    private List<Highlight> highlights = List.of();
    private long shownDocId = -1;
    private double stripesWidth;

    public ReaderView(ReaderViewModel vm) {
        this.vm = vm;
        this.i18n = vm.i18n();
        this.header = new ReaderHeader(i18n);
        this.findBar = new FindBar(vm.find(), i18n, this::closeFind);
        this.editBar = new EditTextBar(vm, area, i18n);
        editBar.onRestore(() -> showDocument(vm.documentProperty().get()));
        createView();
        initListeners();
    }

    public Region root() {
        return root;
    }

    public ReaderViewModel viewModel() {
        return vm;
    }

    /** Puts the memo of the open document in the side panel, under the metadata. */
    public void showMemo(dev.annals.ui.memo.MemoEditorViewModel memo) {
        side.getChildren().add(1, new dev.annals.ui.memo.MemoPane(memo, "reader", "memo.hint.reader"));
        vm.documentProperty().addListener((obs, old, doc) -> memo.show(doc == null ? null : dev.annals.model.MemoSubject.document(doc.id())));
        Document open = vm.documentProperty().get();
        if (open != null) memo.show(dev.annals.model.MemoSubject.document(open.id()));
    }

    private void createView() {
        root.setId("readerView");
        root.getStyleClass().add("reader-view");
        root.getStylesheets().add(ReaderView.class.getResource("reader.css").toExternalForm());
        area.setParagraphGraphicFactory(null);
        VirtualizedScrollPane<ReaderArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.setId("readerScroll");
        header.nameFor(area);
        area.setAccessibleHelp(i18n.t("reader.area.help"));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        column.getChildren().addAll(header, scroll);
        column.getStyleClass().add("reader-column");
        side.setId("readerSide");
        side.getStyleClass().add("reader-side");
        MetadataPanel metadataPanel = new MetadataPanel(vm);
        metadataPanel.visibleProperty().bind(detailsToggle.selectedProperty());
        metadataPanel.managedProperty().bind(detailsToggle.selectedProperty());
        side.getChildren().addAll(metadataPanel, new AnnotationSidebar(vm.annotations(), i18n, a -> reveal(
                new RevealRequest(a.anchor().span(), true))));
        // no ScrollPane around the side panel: its cached viewport left the selected sidebar row unpainted
        VBox sideScroll = side;
        side.setMinWidth(280);
        split.setOrientation(Orientation.HORIZONTAL);
        split.getItems().addAll(column, sideScroll);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(sideScroll, false);
        findBar.setVisible(false);
        findBar.managedProperty().bind(findBar.visibleProperty());
        VBox top = new VBox(toolbar(), new NoticeBar(vm.messageProperty(), i18n), findBar, editBar);
        EmptyState empty = new EmptyState(Material2MZ.MENU_BOOK, i18n.t("reader.empty.title"), i18n.t("reader.empty.hint"), null, null);
        empty.setId("readerEmpty");
        StackPane center = new StackPane(split, empty);
        root.setTop(top);
        root.setCenter(center);
        showDocument(null);
    }

    private ToolBar toolbar() {
        Button smaller = FindBar.textButton("fontSmaller", "A−", i18n.t("reader.font.smaller"));
        smaller.setOnAction(e -> vm.font().smaller());
        Button reset = FindBar.textButton("fontReset", "A", i18n.t("reader.font.reset"));
        reset.setOnAction(e -> vm.font().reset());
        Button larger = FindBar.textButton("fontLarger", "A+", i18n.t("reader.font.larger"));
        larger.setOnAction(e -> vm.font().larger());
        Button find = FindBar.iconButton("findOpen", new FontIcon(Material2MZ.SEARCH), i18n.t("reader.find.open"));
        find.setOnAction(e -> openFind());
        detailsToggle.setId("detailsToggle");
        detailsToggle.setGraphic(new FontIcon(Material2AL.INFO));
        detailsToggle.setText(i18n.t("reader.metadata.toggle"));
        detailsToggle.setTooltip(new Tooltip(i18n.t("reader.metadata.heading")));
        Button undo = FindBar.iconButton("undoButton", new FontIcon(Material2MZ.UNDO), i18n.t("reader.undo"));
        undo.setOnAction(e -> vm.annotations().undo());
        undo.disableProperty().bind(vm.annotations().canUndoProperty().not());
        Button redo = FindBar.iconButton("redoButton", new FontIcon(Material2MZ.REDO), i18n.t("reader.redo"));
        redo.setOnAction(e -> vm.annotations().redo());
        redo.disableProperty().bind(vm.annotations().canRedoProperty().not());
        ToggleButton edit = editBar.toggle();
        Pane spring = new Pane();
        javafx.scene.layout.HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(smaller, reset, larger, find, new javafx.scene.control.Separator(Orientation.VERTICAL),
                undo, redo, edit, spring, detailsToggle);
        bar.setId("readerToolbar");
        return bar;
    }

    private void initListeners() {
        vm.documentProperty().addListener((obs, old, doc) -> {
            if (old != null && doc != null && old.id() == doc.id() && old.text().equals(doc.text())) {
                header.show(doc);
                return;
            }
            if (old != null && old.id() != (doc == null ? -1 : doc.id())) savePosition(old);
            showDocument(doc);
        });
        vm.annotations().annotations().addListener((ListChangeListener<dev.annals.model.Annotation>) c -> {
            if (vm.annotations().docId() == shownDocId) refreshHighlights();
        });
        new TaggingController(area, vm.annotations(), i18n).install();
        vm.revealProperty().addListener((obs, old, request) -> reveal(request));
        vm.font().sizeProperty().addListener((obs, old, size) -> {
            updateMeasure();
        });
        column.widthProperty().addListener((obs, old, w) -> updateMeasure());
        vm.find().matches().addListener((ListChangeListener<Span>) c -> restyle());
        vm.find().currentProperty().addListener((obs, old, now) -> {
            restyle();
            Span match = vm.find().currentMatch();
            if (match != null) scrollTo(match, false);
        });
        area.estimatedScrollYProperty().addListener((obs, old, now) -> positionSaver.playFromStart());
        positionSaver.setOnFinished(e -> {
            Document doc = vm.documentProperty().get();
            if (doc != null) savePosition(doc);
        });
        // a change of look (light, dark, sepia, high contrast) restyles the page: the highlights follow it
        root.backgroundProperty().addListener((obs, old, now) -> refreshInk());
        header.textColor().addListener((obs, old, now) -> refreshInk());
        ReaderKeys.install(root, vm, this::openFind, this::closeFind, findBar::isVisible);
        ReaderKeys.installUndo(root, vm.annotations(), area);
    }

    private void refreshInk() {
        Ink now = new Ink(header.textColor().getValue() instanceof Color c ? c : Ink.LIGHT.text(),
                root.getBackground() != null && !root.getBackground().getFills().isEmpty()
                        && root.getBackground().getFills().get(0).getFill() instanceof Color c ? c : Ink.LIGHT.page());
        if (now.equals(ink)) return;
        ink = now;
        if (shownDocId >= 0) refreshHighlights();
    }

    private void showDocument(Document doc) {
        header.show(doc);
        split.setVisible(doc != null);
        root.lookupAll("#readerEmpty").forEach(n -> n.setVisible(doc == null));
        editBar.leave();
        shownDocId = doc == null ? -1 : doc.id();
        area.prepare(doc == null ? "" : doc.text());
        CodingStripes stripes = computeHighlights();
        area.setParagraphGraphicFactory(null);
        area.showPrepared(spans());
        installStripes(stripes);
        area.showParagraphAtTop(0);
    }

    /** Paints the annotations of the shown document again: the changed style spans, and the coding stripes. */
    private void refreshHighlights() {
        CodingStripes stripes = computeHighlights();
        restyle();
        installStripes(stripes);
    }

    private CodingStripes computeHighlights() {
        ReaderAnnotations a = vm.annotations();
        highlights = shownDocId < 0 ? List.of() : Highlights.of(a.annotations(), a.themes(), ink);
        Map<Long, String> names = new HashMap<>();
        a.themes().forEach(t -> names.put(t.id(), t.name()));
        return new CodingStripes(area, highlights, a.themes().stream().map(t -> t.id()).toList(),
                themes -> i18n.t("reader.stripes.spoken", String.join(", ", themes.stream().map(names::get).toList())));
    }

    private void installStripes(CodingStripes stripes) {
        area.setParagraphGraphicFactory(highlights.isEmpty() ? null : stripes);
        stripesWidth = highlights.isEmpty() ? 0 : stripes.width();
        updateMeasure();
    }

    /** True once the document is shown with its annotations painted (for the benchmark and tests). */
    public boolean isShowing(long docId) {
        Document doc = vm.documentProperty().get();
        return doc != null && shownDocId == docId && area.getLength() == doc.text().length();
    }

    void restyle() {
        area.applyStyles(spans());
    }

    private org.fxmisc.richtext.model.StyleSpans<SpanStyle> spans() {
        return SpanStyles.compute(area.offsets(), area.shownText().length(), highlights,
                vm.find().matches(), vm.find().currentProperty().get(), ink);
    }

    void reveal(RevealRequest request) {
        if (request == null) return;
        Span range = request.range();
        if (request.select()) scrollTo(range, true);
        else {
            int at = area.offsets().toUtf16(range.start());
            area.moveTo(at);
            area.showParagraphAtTop(area.offsetToPosition(at, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
        }
    }

    private void scrollTo(Span range, boolean select) {
        OffsetMap offsets = area.offsets();
        int from = offsets.toUtf16(range.start());
        int to = offsets.toUtf16(range.end());
        int paragraph = area.offsetToPosition(from, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        area.showParagraphAtCenter(paragraph);
        if (select) area.selectRange(from, to);
        else area.moveTo(from);
    }

    /** Saves where the reader is in the open document, so that opening it again comes back here. */
    public void rememberPosition() {
        Document doc = vm.documentProperty().get();
        if (doc != null) savePosition(doc);
    }

    private void savePosition(Document doc) {
        if (area.getLength() == 0) return;
        int paragraph = area.firstVisibleParToAllParIndex();
        vm.rememberPosition(area.paragraphStartCodePoint(paragraph));
    }

    /**
     * Centres a comfortable measure (about 70 characters a line); runs before the column lays out its children. The
     * coding stripes sit in the left margin, which shrinks by their width: the text keeps its place and its line
     * breaks when the first annotation (or a new theme's column) appears.
     */
    private void updateMeasure() {
        double size = vm.font().get();
        double side = Math.max(24, (column.getWidth() - SCROLLBAR - size * MEASURE_EM) / 2);
        area.setPadding(new Insets(size, side, 0, Math.max(MIN_MARGIN, side - stripesWidth)));
        header.setPadding(new Insets(20, side, 10, Math.max(side, MIN_MARGIN + stripesWidth)));
        area.getStylesheets().setAll(TypographyCss.forSize(size, ReadingFont.family()));
    }

    public void openFind() {
        findBar.setVisible(true);
        vm.find().setAnchor(area.offsets().toCodePoint(area.getCaretPosition()));
        findBar.focusField();
    }

    private void closeFind() {
        findBar.setVisible(false);
        vm.find().queryProperty().set("");
        area.requestFocus();
    }

    ReaderArea area() {
        return area;
    }
}
