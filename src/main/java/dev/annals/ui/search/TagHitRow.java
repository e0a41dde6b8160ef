package dev.annals.ui.search;

import dev.annals.logic.autocode.AutoCodePlan;
import dev.annals.model.TextAnchor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One hit in "Tag hits…": checked to be tagged; a hit the theme already covers is never checked. */
public final class TagHitRow {

    private final AutoCodePlan.Candidate candidate;
    private final BooleanProperty checked;

    TagHitRow(AutoCodePlan.Candidate candidate) {
        this.candidate = candidate;
        this.checked = new SimpleBooleanProperty(candidate.taggable());
    }

    public AutoCodePlan.Candidate candidate() { return candidate; }

    public boolean taggable() { return candidate.taggable(); }

    public BooleanProperty checkedProperty() { return checked; }

    public boolean isChecked() { return checked.get(); }

    /** The hit with the words around it, on one line: "… bảo đảm [an ninh] trật tự …". */
    public String context() {
        TextAnchor a = candidate.hit().anchor();
        return oneLine(a.prefix()) + "[" + oneLine(a.exact()) + "]" + oneLine(a.suffix());
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
