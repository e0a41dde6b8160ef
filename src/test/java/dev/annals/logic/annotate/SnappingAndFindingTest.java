package dev.annals.logic.annotate;

import dev.annals.model.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnappingAndFindingTest {

    static final String TEXT = "Lực lượng Công an xã chính quy, 😀 Covid-19 đã qua.";

    @Test
    void snapsSelectionInsideWordsToWholeWords() {
        // "ợng Công a" starts inside "lượng" and ends inside "an"
        assertThat(WordSnapper.snap(TEXT, new Span(6, 16))).isEqualTo(new Span(4, 17));
    }

    @Test
    void snapDropsSurroundingSpacesAndKeepsPunctuationOut() {
        assertThat(WordSnapper.snap(TEXT, new Span(9, 21))).isEqualTo(new Span(10, 20));
        assertThat(WordSnapper.snap(TEXT, new Span(22, 30))).isEqualTo(new Span(21, 30));
    }

    @Test
    void snapCountsCodePointsAfterAnEmoji() {
        int start = TEXT.codePointCount(0, TEXT.indexOf("ovid"));
        assertThat(WordSnapper.snap(TEXT, new Span(start, start + 2))).isEqualTo(new Span(start - 1, start + 7));
    }

    @Test
    void foldsToneMarksAndDWhenNoExactOccurrence() {
        assertThat(QuoteFinder.find("Đảng và Nhà nước", "dang va nha nuoc", 1)).isEqualTo(new Span(0, 16));
    }
}
