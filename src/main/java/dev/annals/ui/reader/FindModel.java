package dev.annals.ui.reader;

import dev.annals.logic.library.TextFinder;
import dev.annals.model.Span;
import dev.annals.ui.common.I18n;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * Find in the open document: every match of the query (folded: "cong an" finds "Công an"), the current one
 * and a "3 / 12" count.
 */
public final class FindModel {

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Span> matches = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final StringProperty countText = new SimpleStringProperty(this, "countText", "");
    private final IntegerProperty anchor = new SimpleIntegerProperty(0);
    private final I18n strings;
    private String text = "";
    private TextFinder finder;

    FindModel(I18n strings) {
        this.strings = strings;
        query.addListener((obs, old, now) -> search());
    }

    /** The text of the newly opened document; the query is searched again in it. */
    void setText(String value) {
        text = value == null ? "" : value;
        finder = null;
        search();
    }

    /** Where the search starts: the first match at or after this offset becomes current. */
    public void setAnchor(int offset) {
        anchor.set(offset);
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    public StringProperty queryProperty() { return query; }

    public ObservableList<Span> matches() { return matches; }

    public ReadOnlyIntegerProperty currentProperty() { return current.getReadOnlyProperty(); }

    public StringProperty countTextProperty() { return countText; }

    public Span currentMatch() {
        int i = current.get();
        return i >= 0 && i < matches.size() ? matches.get(i) : null;
    }

    private void search() {
        String q = query.get();
        if (q == null || q.isBlank()) {
            matches.clear();
            setCurrent(-1);
            return;
        }
        if (finder == null) finder = new TextFinder(text);
        List<Span> found = finder.findAll(q);
        matches.setAll(found);
        int first = 0;
        while (first < found.size() && found.get(first).start() < anchor.get()) first++;
        setCurrent(found.isEmpty() ? -1 : first % found.size());
    }

    private void move(int step) {
        if (matches.isEmpty()) return;
        int size = matches.size();
        setCurrent(((current.get() + step) % size + size) % size);
    }

    private void setCurrent(int index) {
        current.set(index);
        String q = query.get();
        if (q == null || q.isBlank()) countText.set("");
        else if (matches.isEmpty()) countText.set(strings.t("reader.find.none"));
        else countText.set(strings.t("reader.find.count", index + 1, matches.size()));
    }
}
