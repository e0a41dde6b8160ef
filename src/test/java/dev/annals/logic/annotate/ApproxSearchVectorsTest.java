package dev.annals.logic.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** approx-string-match-js's own tests, run on UTF-16 units as upstream counts them. */
class ApproxSearchVectorsTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return Vectors.cases("approx-string-match.json", "cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheClosestMatchesLikeApproxStringMatch(String id, JsonNode c) {
        String text = c.get("text").asText();
        List<ApproxSearch.Match> expected = new ArrayList<>();
        c.get("expected").forEach(e -> expected.add(new ApproxSearch.Match(e.get("start").asInt(), e.get("end").asInt(), e.get("errors").asInt())));

        List<ApproxSearch.Match> actual = ApproxSearch.search(Vectors.utf16(text), Vectors.utf16(c.get("pattern").asText()), c.get("maxErrors").asInt());

        switch (c.get("mode").asText()) {
            case "all" -> assertThat(actual).containsExactlyElementsOf(expected);
            case "closest" -> {
                assertThat(actual).isNotEmpty();
                assertThat(expected).containsAll(actual);
            }
            default -> {
                assertThat(actual).isNotEmpty();
                actual.forEach(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo("discovery"));
            }
        }
    }
}
