package dev.annals.logic.search;

import dev.annals.logic.text.Folding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParserTest {

    private static String fts(String query) throws InvalidQueryException {
        return QueryParser.parse(query).ftsExpression();
    }

    @Test
    void requiresEveryWord() throws Exception {
        assertThat(fts("Công an")).isEqualTo("\"cong\" AND \"an\"");
    }

    @Test
    void foldsWordsLikeTheText() throws Exception {
        assertThat(fts("ĐẢNG")).isEqualTo(fts("dang"));
        assertThat(fts("Công an")).isEqualTo(fts("cong an"));
    }

    @Test
    void readsQuotedTextAsAnExactPhrase() throws Exception {
        assertThat(fts("\"Bộ Công an\" hội nghị")).isEqualTo("\"bo cong an\" AND \"hoi\" AND \"nghi\"");
    }

    @Test
    void readsATrailingStarAsPrefix() throws Exception {
        assertThat(fts("nhiệm*")).isEqualTo("\"nhiem\" *");
        assertThat(fts("\"bộ công\"*")).isEqualTo("\"bo cong\" *");
    }

    @Test
    void excludesWordsAndPhrasesAfterMinus() throws Exception {
        assertThat(fts("công an -\"ma túy\" -tội")).isEqualTo("(\"cong\" AND \"an\") NOT (\"ma tuy\" OR \"toi\")");
    }

    @Test
    void joinsNeighboursWithOr() throws Exception {
        assertThat(fts("hội nghị OR họp tổng kết")).isEqualTo("\"hoi\" AND (\"nghi\" OR \"hop\") AND \"tong\" AND \"ket\"");
        assertThat(fts("a OR b OR c")).isEqualTo("(\"a\" OR \"b\" OR \"c\")");
    }

    @Test
    void readsLowerCaseOrAsAWordAndIgnoresStrayOperators() throws Exception {
        assertThat(fts("a or b")).isEqualTo("\"a\" AND \"or\" AND \"b\"");
        assertThat(fts("OR a OR")).isEqualTo("\"a\"");
        assertThat(fts("a AND b")).isEqualTo("\"a\" AND \"b\"");
    }

    @Test
    void readsWordsJoinedByPunctuationAsAPhrase() throws Exception {
        assertThat(fts("công-an")).isEqualTo("\"cong an\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "NEAR(", "NEAR(a b, 2)", "'; DROP TABLE documents; --", "a\" OR \"b", "col:word",
            "^start", "(a OR b) AND c", "a + b", "{a b}", "a*b*", "\u0000x", "-a -b c"})
    void buildsOnlyQuotedWordsFromHostileInput(String hostile) throws Exception {
        String expression = fts(hostile);
        String operators = expression.replaceAll("\"[\\p{L}\\p{N}]+( [\\p{L}\\p{N}]+)*\"( \\*)?", "");
        assertThat(operators).matches("(AND|OR|NOT|[() ])*");
    }

    @Test
    void readsAnUnbalancedQuoteToTheEnd() throws Exception {
        assertThat(fts("tổ \"bộ công")).isEqualTo("\"to\" AND \"bo cong\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "*", "-", "\"", "\"\"", "OR", "AND", "'; --", "( )", "\"\"\""})
    void refusesQueriesWithNothingToLookFor(String query) {
        assertThatThrownBy(() -> QueryParser.parse(query)).isInstanceOfSatisfying(InvalidQueryException.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidQueryException.Reason.EMPTY));
    }

    @Test
    void readsNearAsAnOrdinaryWord() throws Exception {
        assertThat(fts("NEAR")).isEqualTo("\"near\"");
        assertThat(fts("NEAR(")).isEqualTo("\"near\"");
    }

    @Test
    void refusesQueriesThatOnlyExclude() {
        assertThatThrownBy(() -> QueryParser.parse("-công -an")).isInstanceOfSatisfying(InvalidQueryException.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidQueryException.Reason.ONLY_EXCLUSIONS));
    }

    @Test
    void refusesTooManyWords() {
        String query = String.join(" ", java.util.Collections.nCopies(QueryParser.MAX_WORDS + 1, "từ"));
        assertThatThrownBy(() -> QueryParser.parse(query)).isInstanceOfSatisfying(InvalidQueryException.class,
                e -> assertThat(e.reason()).isEqualTo(InvalidQueryException.Reason.TOO_MANY_WORDS));
    }

    @Test
    void evaluatesTheWholeQueryOnAText() throws Exception {
        TextTokens note = TextTokens.of(Folding.fold("Đảng ủy Công an Trung ương họp về ma túy"));
        assertThat(QueryParser.parse("dang \"cong an\"").matches(note)).isTrue();
        assertThat(QueryParser.parse("dang -tuy").matches(note)).isFalse();
        assertThat(QueryParser.parse("xyz OR trung").matches(note)).isTrue();
        assertThat(QueryParser.parse("\"an cong\"").matches(note)).isFalse();
        assertThat(QueryParser.parse("tru*").matches(note)).isTrue();
        assertThat(QueryParser.parse("tru").matches(note)).isFalse();
        assertThat(QueryParser.parse("dang").wanted()).containsExactly(new Phrase(List.of("dang"), false));
    }
}
