package dev.annals.ui.timeline;

import dev.annals.logic.analysis.ConferenceComparison;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.util.Collection;
import java.util.LinkedHashSet;

/** The conferences picked for comparison with Ctrl+click or Ctrl+Space: two to four can be compared. */
public final class CompareSelection {

    private final ObservableSet<Long> ids = FXCollections.observableSet(new LinkedHashSet<>());
    /** One read-only view kept for good: it holds its listeners only weakly, so a view made per call would lose them. */
    private final ObservableSet<Long> readOnly = FXCollections.unmodifiableObservableSet(ids);
    private final BooleanBinding canCompare = Bindings.createBooleanBinding(
            () -> ids.size() >= ConferenceComparison.MIN && ids.size() <= ConferenceComparison.MAX, ids);

    /** Picks or unpicks a conference; false when it would be the fifth, which is refused. */
    boolean toggle(long id) {
        if (ids.remove(id)) return true;
        if (ids.size() >= ConferenceComparison.MAX) return false;
        ids.add(id);
        return true;
    }

    /** Forgets the conferences that are gone (merged, split, deleted). */
    void retain(Collection<Long> existing) {
        ids.retainAll(existing);
    }

    public void clear() {
        ids.clear();
    }

    public boolean contains(long id) {
        return ids.contains(id);
    }

    public ObservableSet<Long> ids() {
        return readOnly;
    }

    public BooleanBinding canCompareProperty() {
        return canCompare;
    }
}
