package dev.annals.logic.library;

import dev.annals.model.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFinderTest {

    @Test
    void findsWithoutToneMarksOrCase() {
        assertThat(new TextFinder("Lực lượng Công an nhân dân").findAll("cong an")).containsExactly(new Span(10, 17));
    }

    @Test
    void foldsDBarToD() {
        assertThat(new TextFinder("Sự lãnh đạo của Đảng").findAll("dang")).containsExactly(new Span(16, 20));
    }

    @Test
    void queryWithToneMarksAlsoMatchesFoldedText() {
        assertThat(new TextFinder("cong an xa").findAll("Công An")).containsExactly(new Span(0, 7));
    }

    @Test
    void mapsMatchesBackToCodePointsAfterSurrogatePairs() {
        String text = "😀 Đảng và 😀 đảng";
        assertThat(new TextFinder(text).findAll("đang")).containsExactly(new Span(2, 6), new Span(12, 16));
    }

    @Test
    void blankQueryFindsNothing() {
        assertThat(new TextFinder("Công an").findAll("  ")).isEmpty();
    }

    @Test
    void decomposedQueryMatchesComposedText() {
        String decomposed = java.text.Normalizer.normalize("Công", java.text.Normalizer.Form.NFD);
        assertThat(new TextFinder("Bộ Công an").findAll(decomposed)).containsExactly(new Span(3, 7));
    }
}
