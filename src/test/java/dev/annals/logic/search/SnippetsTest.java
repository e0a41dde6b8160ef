package dev.annals.logic.search;

import dev.annals.logic.text.Folding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

    private static Snippet snippet(String query, String text) throws InvalidQueryException {
        ParsedQuery parsed = QueryParser.parse(query);
        List<HitFinder.Hit> hits = HitFinder.find(parsed, TextTokens.of(Folding.fold(text)));
        return Snippets.around(text, HitFinder.best(hits, 120).span(), hits);
    }

    @Test
    void collapsesLineBreaksAndKeepsHighlightsOnTheirWords() throws Exception {
        Snippet s = snippet("bộ trưởng", "  Hội nghị.\n\n\n   Bộ    trưởng phát biểu.\n");
        assertThat(s.marked("[", "]")).isEqualTo("Hội nghị. [Bộ trưởng] phát biểu.");
        assertThat(s.cutBefore()).isFalse();
        assertThat(s.cutAfter()).isFalse();
    }

    @Test
    void keepsHitsApartWhenPunctuationSeparatesThem() throws Exception {
        assertThat(snippet("công an", "Công-an và Công an").marked("[", "]")).isEqualTo("[Công]-[an] và [Công an]");
    }

    @Test
    void focusesOnTheTightestGroupOfDifferentWords() throws Exception {
        String text = "Ủy viên Trung ương Đảng, Phó Bí thư Đảng ủy Công an.";
        ParsedQuery query = QueryParser.parse("dang uy");
        HitFinder.Hit best = HitFinder.best(HitFinder.find(query, TextTokens.of(Folding.fold(text))), 120);
        assertThat(dev.annals.model.CodePoints.substring(text, best.span().start(), best.span().end())).isEqualTo("Đảng");
        assertThat(best.span().start()).isEqualTo(text.indexOf("Đảng ủy"));
    }

    @Test
    void cutsALongTextAroundTheBestHitOnWordBoundaries() throws Exception {
        String text = "mở đầu ".repeat(100) + "😃 Đảng ủy Công an " + "kết thúc ".repeat(100);
        Snippet s = snippet("dang \"cong an\"", text);
        assertThat(s.cutBefore()).isTrue();
        assertThat(s.cutAfter()).isTrue();
        assertThat(s.text()).startsWith("mở").endsWith("thúc");
        assertThat(s.marked("[", "]")).contains("😃 [Đảng] ủy [Công an] kết");
        assertThat(s.text().codePointCount(0, s.text().length())).isLessThanOrEqualTo(Snippets.LENGTH);
    }
}
