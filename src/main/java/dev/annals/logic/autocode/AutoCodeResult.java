package dev.annals.logic.autocode;

import dev.annals.model.Annotation;

import java.util.List;

/** What auto-coding did: the annotations it made, in the plan's order, and the hits it skipped with why. */
public record AutoCodeResult(AutoCodePlan plan, List<Annotation> tagged, List<AutoCodePlan.Candidate> skipped) {

    public AutoCodeResult {
        tagged = List.copyOf(tagged);
        skipped = List.copyOf(skipped);
    }
}
