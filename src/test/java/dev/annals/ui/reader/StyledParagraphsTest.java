package dev.annals.ui.reader;

import javafx.scene.paint.Color;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledSegment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StyledParagraphsTest {

    private static final SpanStyle MARKED = new SpanStyle(List.of(7L), Color.YELLOW, null, 0, SpanStyle.FindMark.NONE);

    @Test
    void cutsAStyleThatCrossesLineBreaksIntoEachParagraph() {
        String text = "Hội nghị\n\nCông an xã";
        var spans = new StyleSpansBuilder<SpanStyle>().add(SpanStyle.PLAIN, 4).add(MARKED, 10).add(SpanStyle.PLAIN, 6).create();

        var paragraphs = StyledParagraphs.of(text, spans);

        assertThat(paragraphs).hasSize(3);
        assertThat(texts(paragraphs.get(0))).containsExactly("Hội ", "nghị");
        assertThat(paragraphs.get(0).get(1).getStyle()).isEqualTo(MARKED);
        assertThat(texts(paragraphs.get(1))).containsExactly("");
        assertThat(texts(paragraphs.get(2))).containsExactly("Công", " an xã");
        assertThat(paragraphs.get(2).get(0).getStyle()).isEqualTo(MARKED);
        assertThat(paragraphs.get(2).get(1).getStyle()).isEqualTo(SpanStyle.PLAIN);
    }

    @Test
    void showsTextBeyondTheSpansPlainAndKeepsATrailingEmptyParagraph() {
        var spans = new StyleSpansBuilder<SpanStyle>().add(MARKED, 2).create();

        var paragraphs = StyledParagraphs.of("ab cd\n", spans);

        assertThat(paragraphs).hasSize(2);
        assertThat(texts(paragraphs.get(0))).containsExactly("ab", " cd");
        assertThat(paragraphs.get(0).get(1).getStyle()).isEqualTo(SpanStyle.PLAIN);
        assertThat(texts(paragraphs.get(1))).containsExactly("");
    }

    private static List<String> texts(List<StyledSegment<String, SpanStyle>> paragraph) {
        return paragraph.stream().map(StyledSegment::getSegment).toList();
    }
}
