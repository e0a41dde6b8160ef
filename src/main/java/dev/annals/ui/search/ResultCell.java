package dev.annals.ui.search;

import dev.annals.logic.search.Snippet;
import dev.annals.model.Span;
import dev.annals.ui.common.I18n;
import dev.annals.ui.common.SpokenText;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/** A result row: title and date (or what the note or theme is), then the passage with the hits in bold. */
final class ResultCell extends ListCell<ResultItem> {

    private final I18n i18n;

    ResultCell(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("search-result");
        SpokenText.follow(this);
    }

    @Override
    protected void updateItem(ResultItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        VBox box = new VBox(2);
        switch (item) {
            case ResultItem.DocumentResult d -> {
                String title = d.hit().title() == null ? i18n.t("search.untitled") : d.hit().title();
                box.getChildren().addAll(heading(title, i18n.formatDate(d.hit().date())), passage(d.hit().snippet()));
            }
            case ResultItem.NoteResult n -> {
                String title = n.hit().documentTitle() == null ? i18n.t("search.untitled") : n.hit().documentTitle();
                box.getChildren().addAll(heading(i18n.t("search.note", n.hit().theme(), title), ""), passage(n.hit().note()));
            }
            case ResultItem.ThemeResult t -> box.getChildren().addAll(heading(i18n.t("search.theme"), ""),
                    passage(new Snippet(t.hit().name(), t.hit().highlights(), false, false)));
            case ResultItem.MemoResult m -> box.getChildren().addAll(heading(memoHeading(m.hit()), ""), passage(m.hit().text()));
        }
        box.maxWidthProperty().bind(widthProperty().subtract(24));
        setGraphic(box);
    }

    /** "Memo · document · its title": what the memo is about, so that it is not taken for the text. */
    private String memoHeading(dev.annals.logic.search.MemoHit hit) {
        String kind = i18n.t("search.memo.about." + hit.subject().kind().name().toLowerCase(java.util.Locale.ROOT));
        String about = hit.about() == null || hit.about().isBlank() ? "" : " \u00b7 " + hit.about();
        return i18n.t("search.memo", kind) + about;
    }

    private static TextFlow heading(String title, String detail) {
        Text titleText = new Text(title);
        titleText.getStyleClass().add("search-result-title");
        titleText.setStyle("-fx-font-weight: bold;"); // the size follows the window's text size
        Text detailText = new Text(detail.isEmpty() ? "" : "   " + detail);
        detailText.getStyleClass().add("search-result-date");
        return new TextFlow(titleText, detailText);
    }

    /** The passage as runs of plain and highlighted text. */
    static TextFlow passage(Snippet snippet) {
        int[] cps = snippet.text().codePoints().toArray();
        List<Text> runs = new ArrayList<>();
        if (snippet.cutBefore()) runs.add(new Text("…"));
        int at = 0;
        for (Span h : snippet.highlights()) {
            // an empty run before a highlight at the passage's start made TextFlow draw its underline a letter late
            if (h.start() > at) runs.add(new Text(new String(cps, at, h.start() - at)));
            Text hit = new Text(new String(cps, h.start(), h.end() - h.start()));
            hit.getStyleClass().add("search-hit");
            hit.setStyle("-fx-font-weight: bold;");
            hit.setUnderline(true);
            runs.add(hit);
            at = h.end();
        }
        runs.add(new Text(new String(cps, at, cps.length - at) + (snippet.cutAfter() ? "…" : "")));
        TextFlow flow = new TextFlow(runs.toArray(Text[]::new));
        flow.getStyleClass().add("search-snippet");
        return flow;
    }
}
