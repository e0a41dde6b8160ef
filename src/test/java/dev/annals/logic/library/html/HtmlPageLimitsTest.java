package dev.annals.logic.library.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files are read as pages, and how a page too large to score is still read whole, with a warning. */
class HtmlPageLimitsTest {

    @Test
    void recognisesAPageByItsNameOrItsFirstTag() {
        assertThat(HtmlPage.isHtml("a.HTM", "plain")).isTrue();
        assertThat(HtmlPage.isHtml("a.txt", "<!-- saved --><!DOCTYPE html><html>")).isTrue();
        assertThat(HtmlPage.isHtml("a.txt", "  <html lang=\"vi\">")).isTrue();
        assertThat(HtmlPage.isHtml("a.txt", "Bài viết nói về <html> trong câu.")).isFalse();
        assertThat(HtmlPage.isHtml("a.md", "# Tiêu đề")).isFalse();
    }

    @Test
    void aPageWithTooManyElementsIsReadWholeWithAWarning() {
        String many = "<span>x</span>".repeat(HtmlPage.MAX_SCORED_ELEMENTS + 10);
        HtmlArticle a = HtmlPage.read(Pages.page("<title>T</title>", "<p>" + Pages.VI[0] + "</p><div>" + many + "</div>"));
        assertThat(a.text()).contains(Pages.VI[0]);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("elements; all of its text was kept"));
    }
}
