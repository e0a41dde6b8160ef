package dev.annals.logic.analysis;

import dev.annals.logic.analysis.ConferenceComparison.Column;
import dev.annals.logic.analysis.ConferenceComparison.ThemeShare;
import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;
import dev.annals.model.Theme;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison's Markdown and CSV: user text cannot break the table or run as a spreadsheet formula. */
class ComparisonExportsTest {

    static final Theme FORMULA = new Theme(1, "=SUM(A1)", "#cf222e", null, null, 0);
    static final Theme PIPE = new Theme(2, "an ninh | trật tự", "#0969da", null, null, 1);

    static List<Column> columns() {
        Conference first = new Conference(7, "Sơ kết, \"6 tháng\"", PartialDate.ofDay(2021, 6, 21), ConferenceKind.SIX_MONTH_REVIEW, List.of(1L));
        Conference second = new Conference(9, "Tổng kết", PartialDate.parseIso("2021"), ConferenceKind.ANNUAL_NATIONAL, List.of(2L));
        return List.of(
                new Column(first, List.of(new ThemeShare(FORMULA, 3, 0.75, true), new ThemeShare(PIPE, 1, 0.25, false)), List.of("Tô Lâm"),
                        List.of(new Passage(11, 1, 1, "Sơ kết", 0, 4, "*một*"))),
                new Column(second, List.of(new ThemeShare(PIPE, 2, 1, false)), List.of(), List.of()));
    }

    @Test
    void csvHasOneRowPerConferenceAndThemeWithFormulasDisarmed() throws Exception {
        StringWriter out = new StringWriter();

        ComparisonExports.csv(columns(), out);

        assertThat(out.toString().split("\r\n")).containsExactly(
                "conference_id,conference,date,kind,theme,passages,share,only_here",
                "7,\"Sơ kết, \"\"6 tháng\"\"\",2021-06-21,six-month-review,'=SUM(A1),3,0.750,true",
                "7,\"Sơ kết, \"\"6 tháng\"\"\",2021-06-21,six-month-review,an ninh | trật tự,1,0.250,false",
                "9,Tổng kết,2021,annual-national,an ninh | trật tự,2,1.000,false");
    }

    @Test
    void markdownEscapesThemeNamesAndQuotesAndMarksTheThemeOnlyOneHas() throws Exception {
        StringWriter out = new StringWriter();
        var labels = new ComparisonExports.Labels("Comparison", "Theme", "Passages", "Share", "only here", "People", "no one",
                "Passages", "none", c -> c.date().iso());

        ComparisonExports.markdown(columns(), labels, out);

        assertThat(out.toString())
                .contains("| **\\=SUM(A1)** ◆ only here | 3 | 75% |")
                .contains("| an ninh \\| trật tự | 1 | 25% |")
                .contains("- “\\*một\\*” — \\=SUM(A1)")
                .contains("**People:** Tô Lâm")
                .contains("**People:** no one")
                .contains("| an ninh \\| trật tự | 2 | 100% |");
    }
}
