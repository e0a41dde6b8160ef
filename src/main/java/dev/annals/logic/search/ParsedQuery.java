package dev.annals.logic.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A query as the parser understood it: every clause must match (AND), a clause matches when any of its phrases
 * does (OR), and no excluded phrase may occur.
 */
public record ParsedQuery(List<List<Phrase>> clauses, List<Phrase> excluded) {

    public ParsedQuery {
        clauses = clauses.stream().map(List::copyOf).toList();
        excluded = List.copyOf(excluded);
    }

    /** The FTS5 MATCH expression, built only from quoted folded words: user input never reaches MATCH as is. */
    public String ftsExpression() {
        String positive = clauses.stream().map(ParsedQuery::clauseExpression).collect(Collectors.joining(" AND "));
        if (excluded.isEmpty()) return positive;
        String negative = excluded.stream().map(Phrase::ftsExpression).collect(Collectors.joining(" OR "));
        return "(" + positive + ") NOT (" + negative + ")";
    }

    private static String clauseExpression(List<Phrase> alternatives) {
        if (alternatives.size() == 1) return alternatives.get(0).ftsExpression();
        return alternatives.stream().map(Phrase::ftsExpression).collect(Collectors.joining(" OR ", "(", ")"));
    }

    /** Every phrase the user looks for, for highlighting. */
    public List<Phrase> wanted() {
        List<Phrase> all = new ArrayList<>();
        clauses.forEach(all::addAll);
        return all;
    }

    /** Evaluates the whole query on a folded text (used where there is no FTS index, e.g. notes). */
    public boolean matches(TextTokens tokens) {
        for (Phrase p : excluded) {
            if (occurs(p, tokens)) return false;
        }
        for (List<Phrase> clause : clauses) {
            if (clause.stream().noneMatch(p -> occurs(p, tokens))) return false;
        }
        return true;
    }

    private static boolean occurs(Phrase phrase, TextTokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (phrase.matchesAt(tokens, i)) return true;
        }
        return false;
    }
}
