package dev.annals.ui.library;

import dev.annals.model.DocumentSummary;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ShownRowsTest {

    private final ObservableList<DocumentSummary> shown = FXCollections.observableArrayList();
    private final List<String> changes = new ArrayList<>();

    ShownRowsTest() {
        shown.addListener((ListChangeListener<DocumentSummary>) c -> {
            while (c.next()) changes.add((c.wasReplaced() ? "replaced " : c.wasAdded() ? "added " : "removed ")
                    + c.getFrom() + ".." + (c.wasAdded() ? c.getTo() : c.getFrom() + c.getRemovedSize()));
        });
    }

    private static List<DocumentSummary> docs(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> new DocumentSummary(i, "Tin " + i, null, null, null, 10, "s" + i, 0)).toList();
    }

    @Test
    void theRestOfTheLibraryIsAddedBelowTheRowsShownReadAgainOrNot() {
        shown.setAll(docs(0, 200));
        changes.clear();
        ShownRows.replace(shown, docs(0, 600)); // equal records, read a second time
        assertThat(changes).containsExactly("added 200..600");
        assertThat(shown).containsExactlyElementsOf(docs(0, 600));
    }

    @Test
    void rowsTakenFromTheEndAreRemovedThere() {
        shown.setAll(docs(0, 10));
        changes.clear();
        ShownRows.replace(shown, docs(0, 4));
        assertThat(changes).containsExactly("removed 4..10");
    }

    @Test
    void otherRowsReplaceTheShownOnesInOneChange() {
        shown.setAll(docs(0, 10));
        changes.clear();
        ShownRows.replace(shown, docs(5, 8));
        assertThat(changes).containsExactly("replaced 0..3");
        assertThat(shown).containsExactlyElementsOf(docs(5, 8));
        changes.clear();
        ShownRows.replace(shown, docs(5, 8));
        assertThat(changes).isEmpty();
    }
}
