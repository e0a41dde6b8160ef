package dev.annals.logic.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Hypothesis's match-quote tests: the same best match, and the same ranking of candidates. */
class QuoteMatcherVectorsTest {

    static Stream<Arguments> cases() {
        return Vectors.cases("hypothesis-match-quote.json", "cases");
    }

    static Stream<Arguments> rankings() {
        return Vectors.cases("hypothesis-match-quote.json", "rankings");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesQuoteLikeHypothesis(String id, JsonNode c) {
        Optional<QuoteMatcher.Scored> match = match(Vectors.text(c, "document"), Vectors.text(c, "quote"),
                Vectors.text(c, "prefix"), Vectors.text(c, "suffix"), c.get("hint").isNull() ? null : c.get("hint").asInt());

        JsonNode expected = c.get("expected");
        if (expected.isNull()) {
            assertThat(match).isEmpty();
            return;
        }
        assertThat(match).isPresent();
        assertThat(match.get().start()).isEqualTo(expected.get("start").asInt());
        if (!expected.get("end").isNull()) assertThat(match.get().end()).isEqualTo(expected.get("end").asInt());
        if (expected.has("score")) assertThat(match.get().score()).isCloseTo(expected.get("score").asDouble(), within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rankings")
    void ranksCandidatesLikeHypothesis(String id, JsonNode c) {
        String document = c.get("document").asText();
        String fixedQuote = Vectors.text(c.get("fixed"), "quote");
        List<Double> scores = new ArrayList<>();
        for (JsonNode candidate : c.get("candidates_in_descending_score")) {
            String value = candidate.asText();
            Optional<QuoteMatcher.Scored> m = switch (c.get("vary").asText()) {
                case "quote" -> match(document, value, null, null, null);
                case "prefix" -> match(document, fixedQuote, value, null, null);
                default -> match(document, fixedQuote, null, value, null);
            };
            assertThat(m).as(value).isPresent();
            scores.add(m.get().score());
        }
        for (int i = 1; i < scores.size(); i++) assertThat(scores.get(i)).isLessThan(scores.get(i - 1));
    }

    private static Optional<QuoteMatcher.Scored> match(String document, String quote, String prefix, String suffix, Integer hint) {
        return QuoteMatcher.match(Vectors.utf16(document), Vectors.utf16(quote), Vectors.utf16(prefix), Vectors.utf16(suffix), hint);
    }
}
