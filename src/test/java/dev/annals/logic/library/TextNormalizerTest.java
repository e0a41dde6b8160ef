package dev.annals.logic.library;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {

    @Test
    void composesToNfc() {
        String decomposed = Normalizer.normalize("Hội nghị tổng kết", Normalizer.Form.NFD);
        assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Hội nghị tổng kết");
    }

    @Test
    void unifiesEveryLineEnding() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\u0085d\u2028e\nf")).isEqualTo("a\nb\nc\nd\ne\nf");
    }

    @Test
    void treatsParagraphSeparatorAsABlankLine() {
        assertThat(TextNormalizer.normalize("a\u2029b")).isEqualTo("a\n\nb");
    }

    @Test
    void removesInvisibleCharacters() {
        assertThat(TextNormalizer.normalize("\uFEFFCông\u200B an\u00ADninh\u2060")).isEqualTo("Công anninh");
    }

    @Test
    void removesStrayControlCharactersButKeepsTabsAndNewlines() {
        assertThat(TextNormalizer.normalize("a\u0008b\u0000c\u001Bd\u007Fe\u0093f\tg\nh")).isEqualTo("abcdef\tg\nh");
    }

    @Test
    void stripsTrailingSpacesIncludingNoBreakSpaces() {
        assertThat(TextNormalizer.normalize("first  \t\nsecond\u00A0\u00A0\nthird")).isEqualTo("first\nsecond\nthird");
    }

    @Test
    void turnsNoBreakSpacesInsideALineIntoSpaces() {
        assertThat(TextNormalizer.normalize("Bộ\u00A0Công\u202Fan")).isEqualTo("Bộ Công an");
    }

    @Test
    void keepsAtMostOneBlankLineInARow() {
        assertThat(TextNormalizer.normalize("a\n\n\n\nb\n \n\t\n\u00A0\nc")).isEqualTo("a\n\nb\n\nc");
    }

    @Test
    void trimsBlankLinesAndSpacesAtStartAndEnd() {
        assertThat(TextNormalizer.normalize("\n\n   date 2021-06 Ngày 21/6\n\n\n")).isEqualTo("date 2021-06 Ngày 21/6");
    }

    @Test
    void keepsIndentationInsideTheText() {
        assertThat(TextNormalizer.normalize("a\n    indented")).isEqualTo("a\n    indented");
    }
}
