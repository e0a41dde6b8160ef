package dev.annals.logic.annotate;

import dev.annals.model.Span;
import dev.annals.model.TextAnchor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnchorerTest {

    static final String BEFORE = "Mở đầu. Hội nghị yêu cầu xây dựng Công an xã chính quy vững mạnh. Kết luận của Bộ trưởng.";

    @Test
    void keepsQuoteFoundAtItsPosition() {
        TextAnchor a = Anchorer.describe(BEFORE, QuoteFinder.find(BEFORE, "Công an xã", 1));

        assertThat(Anchorer.anchor(BEFORE, a)).contains(new Span(a.start(), a.end()));
    }

    @Test
    void prefersNearestExactOccurrenceWhoseContextStillFits() {
        TextAnchor a = Anchorer.describe(BEFORE, QuoteFinder.find(BEFORE, "Công an xã", 1));
        String after = "Công an xã. " + BEFORE.replace("Mở đầu. ", "Mở đầu dài hơn nhiều. ");

        Span found = Anchorer.anchor(after, a).orElseThrow();

        assertThat(textOf(after, found)).isEqualTo("Công an xã");
        assertThat(found.start()).isEqualTo(after.codePointCount(0, after.indexOf("Công an xã chính quy")));
    }

    @Test
    void doesNotMoveQuoteOntoOccurrenceWithUnrelatedContext() {
        TextAnchor a = Anchorer.describe(BEFORE, QuoteFinder.find(BEFORE, "Công an xã", 1));
        String after = "Mở đầu. Kết luận của Bộ trưởng. Phụ lục: danh sách Công an xã tham dự hội nghị trong năm nay.";

        assertThat(Anchorer.anchor(after, a)).isEmpty();
    }

    @Test
    void findsQuoteThatMovedFarAwayWithItsContext() {
        String filler = "Nội dung khác không liên quan. ".repeat(400);
        TextAnchor a = Anchorer.describe(BEFORE, QuoteFinder.find(BEFORE, "xây dựng Công an xã", 1));
        String after = filler + BEFORE;

        Span found = Anchorer.anchor(after, a).orElseThrow();

        assertThat(found.start()).isEqualTo(a.start() + filler.length());
    }

    private static String textOf(String text, Span s) {
        return dev.annals.model.CodePoints.substring(text, s.start(), s.end());
    }
}
