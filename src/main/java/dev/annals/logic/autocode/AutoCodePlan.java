package dev.annals.logic.autocode;

import dev.annals.logic.search.PassageHit;
import dev.annals.model.Theme;

import java.util.List;

/** What auto-coding a query would do: every hit, in the search's order, each to be tagged or skipped with why. */
public record AutoCodePlan(String query, Theme theme, List<Candidate> candidates) {

    /** Why a hit is not tagged. */
    public enum Skip {
        /** A passage of the same theme already covers part of the hit. */
        ALREADY_TAGGED,
        /** The user left the hit out. */
        NOT_CHOSEN
    }

    /** One hit; {@code skip} is null when it would be tagged. */
    public record Candidate(PassageHit hit, Skip skip) {
        public boolean taggable() {
            return skip == null;
        }
    }

    public AutoCodePlan {
        candidates = List.copyOf(candidates);
    }

    public long taggableCount() {
        return candidates.stream().filter(Candidate::taggable).count();
    }
}
