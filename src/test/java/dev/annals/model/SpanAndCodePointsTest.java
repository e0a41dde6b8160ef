package dev.annals.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One half-open code-point range for every feature, and code-point counting with astral characters. */
class SpanAndCodePointsTest {

    @Test
    void aSpanIsHalfOpenAndMayBeEmpty() {
        Span span = new Span(3, 7);
        assertThat(span.length()).isEqualTo(4);
        assertThat(span.isEmpty()).isFalse();
        assertThat(new Span(5, 5).isEmpty()).isTrue();
        assertThat(new Span(5, 5).length()).isZero();
    }

    @Test
    void spansOverlapWhenTheyShareACodePointButNotWhenTheyOnlyTouch() {
        Span span = new Span(3, 7);
        assertThat(span.overlaps(new Span(6, 9))).isTrue();
        assertThat(new Span(6, 9).overlaps(span)).isTrue();
        assertThat(span.overlaps(new Span(7, 9))).isFalse();
        assertThat(span.overlaps(new Span(0, 3))).isFalse();
        assertThat(span.overlaps(new Span(5, 5))).as("an empty span inside").isTrue();
        assertThat(new TextAnchor(3, 7, "x", "", "").span()).isEqualTo(span);
    }

    @Test
    void aReversedOrNegativeSpanIsRefused() {
        assertThatThrownBy(() -> new Span(7, 3)).hasMessage("bad range [7, 3)");
        assertThatThrownBy(() -> new Span(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        assertThat(CodePoints.length("Công an")).isEqualTo(7);
        assertThat(CodePoints.length("😃𝔸a")).isEqualTo(3);
        assertThat(CodePoints.length("")).isZero();
    }

    @Test
    void convertsBetweenCodePointsAndUtf16AroundAstralCharacters() {
        String text = "a😃b𝔸c";
        assertThat(CodePoints.toUtf16(text, 2)).isEqualTo(3);
        assertThat(CodePoints.fromUtf16(text, 3)).isEqualTo(2);
        assertThat(CodePoints.substring(text, 1, 4)).isEqualTo("😃b𝔸");
        assertThat(CodePoints.substring(text, 4, 5)).isEqualTo("c");
    }
}
