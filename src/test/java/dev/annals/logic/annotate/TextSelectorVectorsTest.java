package dev.annals.logic.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annals.model.CodePoints;
import dev.annals.model.Span;
import dev.annals.model.TextAnchor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Apache Annotator's text-quote and text-position selector tests. */
class TextSelectorVectorsTest {

    private static final String FILE = "apache-annotator-text-selectors.json";

    static Stream<Arguments> quoteMatch() { return Vectors.cases(FILE, "quoteMatch"); }

    static Stream<Arguments> describe() { return Vectors.cases(FILE, "describe"); }

    static Stream<Arguments> positionMatch() { return Vectors.cases(FILE, "positionMatch"); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quoteMatch")
    void listsEveryStrictMatchOfQuoteSelector(String id, JsonNode c) {
        List<Span> expected = new ArrayList<>();
        c.get("expected_all_matches").forEach(m -> expected.add(new Span(m.get("start").asInt(), m.get("end").asInt())));

        List<Span> actual = StrictQuoteMatch.all(c.get("document").asText(), c.get("exact").asText(),
                c.has("prefix") ? c.get("prefix").asText() : "", c.has("suffix") ? c.get("suffix").asText() : "");

        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("describe")
    void describesRangeWithSelectorThatMatchesItUniquely(String id, JsonNode c) {
        String document = c.get("document").asText();
        Span range = new Span(c.get("range").get("start").asInt(), c.get("range").get("end").asInt());

        TextAnchor anchor = Anchorer.describe(document, range);

        assertThat(anchor.exact()).isEqualTo(c.get("expected_selector").get("exact").asText());
        assertThat(StrictQuoteMatch.all(document, anchor.exact(), anchor.prefix(), anchor.suffix())).containsExactly(range);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("positionMatch")
    void readsPositionSelectorInCodePoints(String id, JsonNode c) {
        String document = c.get("document").asText();
        int start = c.get("selector").get("start").asInt();
        int end = c.get("selector").get("end").asInt();

        assertThat(CodePoints.substring(document, start, end)).isEqualTo(c.get("expected_text").asText());
        assertThat(CodePoints.toUtf16(document, start)).isEqualTo(c.get("expected_utf16").get("start").asInt());
        assertThat(CodePoints.toUtf16(document, end)).isEqualTo(c.get("expected_utf16").get("end").asInt());
        if (end > start) {
            TextAnchor described = Anchorer.describe(document, new Span(start, end));
            assertThat(Anchorer.anchor(document, described)).contains(new Span(start, end));
        }
    }
}
