package dev.annals.logic.autocode;

import dev.annals.logic.annotate.AnnotationQuery;
import dev.annals.logic.annotate.AnnotationService;
import dev.annals.logic.annotate.ThemeService;
import dev.annals.logic.autocode.AutoCodePlan.Candidate;
import dev.annals.logic.autocode.AutoCodePlan.Skip;
import dev.annals.logic.search.InvalidQueryException;
import dev.annals.logic.search.PassageHit;
import dev.annals.logic.search.SearchFilters;
import dev.annals.logic.search.SearchService;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Span;
import dev.annals.model.Theme;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tags every hit of a search with a theme: {@link #plan} finds the hits (whole words, the query language of
 * search) and marks those a passage of the theme already covers; {@link #apply} tags the chosen ones in one
 * transaction, as one undoable step, announced once.
 */
public final class AutoCoder {

    public static final String UNDO_LABEL = "tag search hits";

    private final SearchService search;
    private final AnnotationService annotations;
    private final ThemeService themes;
    private final Clock clock;

    public AutoCoder(SearchService search, AnnotationService annotations, ThemeService themes, Clock clock) {
        this.search = search;
        this.annotations = annotations;
        this.themes = themes;
        this.clock = clock;
    }

    /** The codebook, to choose the theme from. */
    public List<Theme> themes() {
        return themes.list();
    }

    /** Finds a theme as the command line types it (case and tone marks optional when unambiguous). */
    public Theme requireTheme(String name) {
        return themes.requireByName(name);
    }

    /** At most {@code maxHits} hits of the query, each marked taggable or already tagged with the theme. */
    public AutoCodePlan plan(String query, SearchFilters filters, long themeId, int maxHits) throws InvalidQueryException {
        Theme theme = themes.require(themeId);
        List<PassageHit> hits = search.passages(query, filters, maxHits);
        Map<Long, List<Span>> tagged = taggedRanges(themeId);
        List<Candidate> candidates = new ArrayList<>(hits.size());
        for (PassageHit h : hits) {
            Span span = h.anchor().span();
            boolean covered = tagged.getOrDefault(h.docId(), List.of()).stream().anyMatch(span::overlaps);
            candidates.add(new Candidate(h, covered ? Skip.ALREADY_TAGGED : null));
        }
        return new AutoCodePlan(query, theme, candidates);
    }

    /** Tags the taggable candidates that {@code chosen} accepts; the others are reported skipped with why. */
    public AutoCodeResult apply(AutoCodePlan plan, Predicate<Candidate> chosen) {
        Instant now = clock.instant();
        List<Annotation> toTag = new ArrayList<>();
        List<Candidate> skipped = new ArrayList<>();
        for (Candidate c : plan.candidates()) {
            if (!c.taggable()) {
                skipped.add(c);
            } else if (!chosen.test(c)) {
                skipped.add(new Candidate(c.hit(), Skip.NOT_CHOSEN));
            } else {
                PassageHit h = c.hit();
                toTag.add(new Annotation(0, h.docId(), plan.theme().id(), h.anchor(), "", AnchorStatus.ANCHORED, h.textSha256(), now, now));
            }
        }
        themes.require(plan.theme().id()); // deleted since the plan was made: nothing is written
        return new AutoCodeResult(plan, annotations.addAll(UNDO_LABEL, toTag), skipped);
    }

    private Map<Long, List<Span>> taggedRanges(long themeId) {
        Map<Long, List<Span>> byDocument = new HashMap<>();
        annotations.forEach(new AnnotationQuery(null, Set.of(themeId), null, null), a -> {
            if (a.status() == AnchorStatus.ANCHORED) {
                byDocument.computeIfAbsent(a.docId(), d -> new ArrayList<>()).add(a.anchor().span());
            }
        });
        return byDocument;
    }
}
