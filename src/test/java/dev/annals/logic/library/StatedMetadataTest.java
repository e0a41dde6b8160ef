package dev.annals.logic.library;

import dev.annals.logic.library.meta.TextHeader;
import dev.annals.model.DateSource;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a header states, how a stated date gives way to a finer one, and how overlong lines are broken. */
class StatedMetadataTest {

    private static Statement stated(String header) {
        return Statement.of(TextHeader.read(header.lines().toList()).orElseThrow());
    }

    @Test
    void aHeaderStatesItsTitleDateAndSourceWhateverTheOrderOfItsKeys() {
        Statement s = stated("URL: https://www.bbc.com/vietnamese/a\nCập nhật: 2020-02-02\nTác giả: An\nNgày: 2020-01-01\nTiêu đề:  Hai   khoảng trắng ");
        assertThat(s.title()).isEqualTo("Hai khoảng trắng");
        assertThat(s.date()).isEqualTo(new Dated(PartialDate.ofDay(2020, 1, 1), DateSource.HEADER));
        assertThat(s.source()).isEqualTo("BBC");
        assertThat(s.fields()).hasSize(5);
    }

    @Test
    void anUnreadableDateIsKeptAsAFieldButStatesNoDate() {
        Statement s = stated("date: hôm qua\ntitle: Tin");
        assertThat(s.date()).isNull();
        assertThat(s.fields()).extracting(f -> f.value()).contains("hôm qua");
    }

    @Test
    void aCoarseDateGivesWayOnlyToAFinerDateInsideIt() {
        Dated month = new Dated(PartialDate.ofMonth(2021, 6), DateSource.HEADER);
        Dated inside = new Dated(PartialDate.ofDay(2021, 6, 21), DateSource.DATELINE);
        Dated outside = new Dated(PartialDate.ofDay(2021, 7, 1), DateSource.DATELINE);
        assertThat(month.refinedBy(inside)).isEqualTo(inside);
        assertThat(month.refinedBy(outside)).isEqualTo(month);
        assertThat(month.refinedBy(null)).isEqualTo(month);
        assertThat(inside.refinedBy(new Dated(PartialDate.ofDay(2021, 6, 22), DateSource.BYLINE))).isEqualTo(inside);
        Dated year = new Dated(PartialDate.ofYear(2021), DateSource.PAGE_METADATA);
        assertThat(year.refinedBy(month)).isEqualTo(month);
    }

    @Test
    void breaksOverlongLinesAtSpacesOrAnywhereWhenThereAreNone() {
        List<String> warnings = new ArrayList<>();
        String words = "từ ".repeat(LongLines.MAX_LINE);
        String noSpaces = "x".repeat(LongLines.MAX_LINE * 2 + 5);
        List<String> lines = LongLines.wrap(List.of("ngắn", words.strip(), noSpaces), warnings);
        assertThat(lines.get(0)).isEqualTo("ngắn");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(LongLines.MAX_LINE));
        assertThat(String.join("", lines.subList(lines.size() - 3, lines.size()))).isEqualTo(noSpaces);
        assertThat(warnings).singleElement().asString().startsWith("2 lines were longer than 20000 characters");
        List<String> short_ = List.of("a", "b");
        assertThat(LongLines.wrap(short_, warnings)).isSameAs(short_);
    }
}
