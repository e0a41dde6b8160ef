package dev.annals.ui.reader;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledSegment;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into paragraphs at '\n', each a list of styled pieces, in one pass over the text and its spans.
 * RichTextFX's own builder takes one sub-view of the spans per paragraph, each found by walking from the start:
 * with thousands of annotations that walk was most of the time it took to open a long document.
 */
final class StyledParagraphs {

    private final String text;
    private final List<List<StyledSegment<String, SpanStyle>>> paragraphs = new ArrayList<>();
    private List<StyledSegment<String, SpanStyle>> current = new ArrayList<>();
    private int nextLineBreak;

    private StyledParagraphs(String text) {
        this.text = text;
        this.nextLineBreak = text.indexOf('\n');
    }

    static List<List<StyledSegment<String, SpanStyle>>> of(String text, StyleSpans<SpanStyle> spans) {
        StyledParagraphs out = new StyledParagraphs(text);
        int start = 0;
        for (StyleSpan<SpanStyle> span : spans) {
            int end = Math.min(text.length(), start + span.getLength());
            out.add(start, end, span.getStyle());
            start = end;
        }
        out.add(start, text.length(), SpanStyle.PLAIN);
        out.endParagraph();
        return out.paragraphs;
    }

    private void add(int from, int to, SpanStyle style) {
        int at = from;
        while (at < to) {
            if (nextLineBreak < 0 || nextLineBreak >= to) {
                current.add(new StyledSegment<>(text.substring(at, to), style));
                return;
            }
            if (nextLineBreak > at) current.add(new StyledSegment<>(text.substring(at, nextLineBreak), style));
            at = nextLineBreak + 1;
            nextLineBreak = text.indexOf('\n', at);
            endParagraph();
        }
    }

    private void endParagraph() {
        if (current.isEmpty()) current.add(new StyledSegment<>("", SpanStyle.PLAIN));
        paragraphs.add(current);
        current = new ArrayList<>();
    }
}
