package dev.annals.logic.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annals.model.Span;
import dev.annals.model.TextAnchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Annotations captured on a text, re-anchored after an edit: the passage is found in code points, or orphaned. */
class EditedDocumentVectorsTest {

    static Stream<Arguments> cases() {
        return Vectors.cases("edited-document-vectors.json", "cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reanchorsPassageAfterEditOrOrphansIt(String id, JsonNode c) {
        Optional<Span> found = Anchorer.anchor(c.get("document_after").asText(), anchor(c));

        JsonNode expected = c.get("expected");
        if (expected.isNull()) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).contains(new Span(expected.get("start_codepoints").asInt(), expected.get("end_codepoints").asInt()));
        }
    }

    @Test
    void orphansAnnotationWhenPassageDeleted() {
        JsonNode deleted = Vectors.read("edited-document-vectors.json").get("cases").get(4);
        assertThat(deleted.get("id").asText()).isEqualTo("edit-05-passage-deleted");

        assertThat(Anchorer.anchor(deleted.get("document_after").asText(), anchor(deleted))).isEmpty();
    }

    @Test
    void describesPassageWithThirtyTwoCodePointsOfContext() {
        JsonNode first = Vectors.read("edited-document-vectors.json").get("cases").get(0);
        TextAnchor expected = anchor(first);

        TextAnchor described = Anchorer.describe(first.get("document_before").asText(), new Span(expected.start(), expected.end()));

        assertThat(described).isEqualTo(expected);
    }

    static TextAnchor anchor(JsonNode c) {
        JsonNode quote = c.get("selector").get("TextQuoteSelector");
        JsonNode position = c.get("selector").get("TextPositionSelector");
        return new TextAnchor(position.get("start").asInt(), position.get("end").asInt(), quote.get("exact").asText(),
                quote.get("prefix").asText(), quote.get("suffix").asText());
    }
}
