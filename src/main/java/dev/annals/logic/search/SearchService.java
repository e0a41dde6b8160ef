package dev.annals.logic.search;

import dev.annals.logic.annotate.Anchorer;
import dev.annals.logic.annotate.Codebook;
import dev.annals.logic.text.Folding;
import dev.annals.model.Span;
import dev.annals.model.Theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Full-text search that ignores case, tone marks and đ: ranked documents with their best hit and a snippet,
 * plus matching notes and theme names.
 */
public final class SearchService {

    private static final int FOCUS_WINDOW = 120;

    private final SearchIndex index;

    public SearchService(SearchIndex index) {
        this.index = index;
    }

    /** The best documents, best first. */
    public List<SearchHit> search(SearchRequest request) throws InvalidQueryException {
        ParsedQuery query = QueryParser.parse(request.query());
        return documents(query, filter(request.filters()), request.limit());
    }

    /** Documents (with the total count), notes and theme names, as the search view shows them. */
    public SearchResults searchEverything(SearchRequest request) throws InvalidQueryException {
        ParsedQuery query = QueryParser.parse(request.query());
        IndexFilter filter = filter(request.filters());
        List<SearchHit> documents = documents(query, filter, request.limit());
        int total = documents.size() < request.limit() ? documents.size() : index.count(query.ftsExpression(), filter);
        return new SearchResults(documents, total, notes(query, filter, request.limit()), themes(query),
                memos(query, request.limit()), total > index.rankedUpTo());
    }

    /**
     * Every hit of the query in every matching document, the best documents first and each one's hits in text
     * order, at most {@code maxHits}. A hit is whole words: a prefix* stretches to the end of its word.
     */
    public List<PassageHit> passages(String query, SearchFilters filters, int maxHits) throws InvalidQueryException {
        ParsedQuery parsed = QueryParser.parse(query);
        List<PassageHit> passages = new ArrayList<>();
        index.forEachMatch(parsed.ftsExpression(), filter(filters), d -> {
            int[] text = d.text().codePoints().toArray();
            for (Span span : joinedHits(HitFinder.find(parsed, TextTokens.of(Folding.fold(d.text()))), text)) {
                if (passages.size() >= maxHits) return false;
                passages.add(new PassageHit(d.id(), d.title(), d.date(), d.sha256(), Anchorer.describe(text, span)));
            }
            return passages.size() < maxHits;
        });
        return passages;
    }

    /** Hits with only spaces between them are one passage, as search highlights them: "[an ninh]", not "[an] [ninh]". */
    private static List<Span> joinedHits(List<HitFinder.Hit> hits, int[] text) {
        List<Span> joined = new ArrayList<>(hits.size());
        for (HitFinder.Hit h : hits) {
            int last = joined.size() - 1;
            if (last >= 0 && onlySpaces(text, joined.get(last).end(), h.span().start())) {
                joined.set(last, new Span(joined.get(last).start(), h.span().end()));
            } else {
                joined.add(h.span());
            }
        }
        return joined;
    }

    private static boolean onlySpaces(int[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] != ' ') return false;
        }
        return true;
    }

    public List<Theme> themes() {
        return index.themes();
    }

    /** The codebook's rules for the theme filter: a name as {@link Codebook#lookup} reads it, with its sub-themes. */
    private IndexFilter filter(SearchFilters filters) {
        Set<Long> themeIds = null;
        if (filters.theme() != null) {
            Codebook codebook = Codebook.of(index.themes());
            themeIds = codebook.lookup(filters.theme()).map(t -> codebook.withSubThemes(Set.of(t.id()))).orElse(Set.of());
        }
        return new IndexFilter(filters.fromYear(), filters.toYear(), filters.kind(), themeIds);
    }

    public void rebuildIndex() {
        index.rebuild();
    }

    private List<SearchHit> documents(ParsedQuery query, IndexFilter filter, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        for (SearchIndex.IndexedDocument d : index.find(query.ftsExpression(), filter, limit)) {
            List<HitFinder.Hit> found = HitFinder.find(query, TextTokens.of(Folding.fold(d.text())));
            HitFinder.Hit best = HitFinder.best(found, FOCUS_WINDOW);
            Span focus = best == null ? new Span(0, 0) : best.span();
            hits.add(new SearchHit(d.id(), d.title(), d.date(), focus.start(), focus.end(), Snippets.around(d.text(), focus, found)));
        }
        return hits;
    }

    private List<NoteHit> notes(ParsedQuery query, IndexFilter filter, int limit) {
        List<NoteHit> hits = new ArrayList<>();
        for (SearchIndex.IndexedNote n : index.notes(filter)) {
            TextTokens tokens = TextTokens.of(Folding.fold(n.note()));
            if (!query.matches(tokens)) continue;
            List<HitFinder.Hit> found = HitFinder.find(query, tokens);
            Span focus = found.isEmpty() ? new Span(0, 0) : found.get(0).span();
            hits.add(new NoteHit(n.annotationId(), n.docId(), n.documentTitle(), n.theme(), n.start(), n.end(),
                    Snippets.around(n.note(), focus, found)));
            if (hits.size() >= limit) break;
        }
        return hits;
    }

    /** Memos whose title or text match, whatever the filters: a memo is about a whole object, not a passage. */
    public List<MemoHit> memos(String query, int limit) throws InvalidQueryException {
        return memos(QueryParser.parse(query), limit);
    }

    private List<MemoHit> memos(ParsedQuery query, int limit) {
        List<MemoHit> hits = new ArrayList<>();
        for (SearchIndex.IndexedMemo m : index.memos()) {
            String whole = m.title().isEmpty() ? m.text() : m.title() + "\n" + m.text();
            TextTokens tokens = TextTokens.of(Folding.fold(whole));
            if (!query.matches(tokens)) continue;
            List<HitFinder.Hit> found = HitFinder.find(query, tokens);
            Span focus = found.isEmpty() ? new Span(0, 0) : found.get(0).span();
            hits.add(new MemoHit(m.memoId(), m.subject(), m.about(), m.title(), Snippets.around(whole, focus, found)));
            if (hits.size() >= limit) break;
        }
        return hits;
    }

    private List<ThemeHit> themes(ParsedQuery query) {
        List<ThemeHit> hits = new ArrayList<>();
        for (Theme theme : index.themes()) {
            TextTokens tokens = TextTokens.of(Folding.fold(theme.name()));
            if (!query.matches(tokens)) continue;
            hits.add(new ThemeHit(theme.id(), theme.name(), HitFinder.find(query, tokens).stream().map(HitFinder.Hit::span).toList()));
        }
        return hits;
    }
}
