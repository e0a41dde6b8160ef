package dev.annals.logic.library.html;

import dev.annals.model.MetadataField;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page's markup says about its article, read from the standard places in their order. */
class PageMetadataTest {

    private static final String BODY = "<article>" + Pages.paragraphs(Pages.VI) + "</article>";

    private static HtmlArticle read(String head) {
        return HtmlPage.read(Pages.page(head, BODY));
    }

    private static String ld(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void readsTheHeadlineDateAndPublisherOfAJsonLdNewsArticle() {
        HtmlArticle a = read("<title>X - Báo Y</title>" + ld("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Công an tỉnh tổng kết\",\"datePublished\":\"2023-03-05T23:30:00Z\",\"publisher\":{\"@type\":\"Organization\","
                + "\"name\":\"Báo Y\"},\"author\":[{\"@type\":\"Person\",\"name\":\"Minh Anh\"},{\"name\":\"Lan\"}]}"));
        assertThat(a.title()).isEqualTo("Công an tỉnh tổng kết");
        assertThat(a.date()).isEqualTo(PartialDate.ofDay(2023, 3, 5));
        assertThat(a.siteName()).isEqualTo("Báo Y");
        assertThat(a.fields()).contains(new MetadataField("author", "Minh Anh, Lan"));
    }

    @Test
    void findsTheArticleInsideAGraphAndInsideAnArrayWithATypeList() {
        HtmlArticle graph = read(ld("{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Site\"},"
                + "{\"@type\":\"BreadcrumbList\"},{\"@type\":\"ReportageNewsArticle\",\"headline\":\"Trong graph\",\"datePublished\":\"2021-06-21\"}]}"));
        assertThat(graph.title()).isEqualTo("Trong graph");
        assertThat(graph.date()).isEqualTo(PartialDate.ofDay(2021, 6, 21));
        HtmlArticle array = read(ld("[{\"@type\":\"Organization\",\"name\":\"Org\"},{\"@type\":[\"Article\",\"BlogPosting\"],"
                + "\"headline\":\"Trong mảng\",\"datePublished\":\"2021-08-17T09:00:00+07:00\"}]"));
        assertThat(array.title()).isEqualTo("Trong mảng");
        assertThat(array.date()).isEqualTo(PartialDate.ofDay(2021, 8, 17));
    }

    @Test
    void skipsMalformedJsonLdAndUsesOpenGraph() {
        HtmlArticle a = read(ld("{not json") + "<meta property=\"og:title\" content=\"Tiêu đề OG\">"
                + "<meta property=\"article:published_time\" content=\"2024-11-20T07:00:00+07:00\">");
        assertThat(a.title()).isEqualTo("Tiêu đề OG");
        assertThat(a.date()).isEqualTo(PartialDate.ofDay(2024, 11, 20));
    }

    @Test
    void jsonLdBeatsOpenGraphWhichBeatsOtherMetaTags() {
        HtmlArticle a = read(ld("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"2020-01-02\"}")
                + "<meta property=\"article:published_time\" content=\"2020-03-04\"><meta name=\"date\" content=\"2020-05-06\">");
        assertThat(a.date()).isEqualTo(PartialDate.ofDay(2020, 1, 2));
        HtmlArticle og = read("<meta property=\"article:published_time\" content=\"2020-03-04\"><meta name=\"date\" content=\"2020-05-06\">");
        assertThat(og.date()).isEqualTo(PartialDate.ofDay(2020, 3, 4));
    }

    @Test
    void readsTheUsualMetaNamesAndItemprops() {
        String[][] tags = {{"name", "pubdate", "20210617"}, {"name", "publishdate", "2021-06-17"}, {"name", "DC.date", "2021-06-17"},
                {"name", "dcterms.created", "2021-06-17"}, {"name", "parsely-pub-date", "2021-06-17T10:00:00Z"},
                {"name", "sailthru.date", "2021-06-17 10:00:00"}, {"itemprop", "datePublished", "2021-06-17"}, {"name", "date", "17/06/2021"}};
        for (String[] tag : tags) {
            HtmlArticle a = read("<meta " + tag[0] + "=\"" + tag[1] + "\" content=\"" + tag[2] + "\">");
            assertThat(a.date()).as(tag[1]).isEqualTo(PartialDate.ofDay(2021, 6, 17));
        }
    }

    @Test
    void readsATimeElementInsideTheArticleButNotOneInTheSidebar() {
        String page = Pages.page("<title>T</title>", "<aside><time datetime=\"2019-01-01\">1/1</time></aside><article>"
                + "<time datetime=\"2022-02-03T08:00:00+07:00\">3/2</time>" + Pages.paragraphs(Pages.VI) + "</article>");
        assertThat(HtmlPage.read(page).date()).isEqualTo(PartialDate.ofDay(2022, 2, 3));
    }

    @Test
    void dropsTheSiteNameTheTitleElementAdds() {
        assertThat(read("<title>Obama admits gun laws are his biggest frustration - BBC News</title>").title())
                .isEqualTo("Obama admits gun laws are his biggest frustration");
        assertThat(read("<title>Công an tỉnh tổng kết | Báo Công an nhân dân</title>").title()).isEqualTo("Công an tỉnh tổng kết");
        assertThat(read("<meta property=\"og:site_name\" content=\"BBC News\"><meta property=\"og:title\" content=\"Gun laws - BBC News\">").title())
                .isEqualTo("Gun laws");
        assertThat(read("<title>BBC News - Obama admits gun laws are his biggest frustration</title>"
                + "<meta property=\"og:site_name\" content=\"BBC News\">").title()).isEqualTo("Obama admits gun laws are his biggest frustration");
    }

    @Test
    void takesTheHeadingThatOpensATitleOfSeveralParts() {
        String body = "<h1>港特首梁振英就住宅违建事件道歉</h1><article>" + Pages.paragraphs(Pages.VI) + "</article>";
        HtmlArticle a = HtmlPage.read(Pages.page("<title>港特首梁振英就住宅违建事件道歉 - BBC中文网 - 两岸三地</title>", body));
        assertThat(a.title()).isEqualTo("港特首梁振英就住宅违建事件道歉");
        assertThat(read("<title>长标题新闻报道内容 - 新闻网</title>").title()).isEqualTo("长标题新闻报道内容");
    }

    @Test
    void keepsATitleWhoseOwnWordsFollowADash() {
        assertThat(read("<title>Covid-19 - what we know</title>").title()).isEqualTo("Covid-19 - what we know");
    }

    @Test
    void namesTheSiteFromTheCanonicalAddressWhenTheMarkupDoesNot() {
        HtmlArticle a = read("<title>Bài</title><link rel=\"canonical\" href=\"https://thanhnien.vn/bai-123.htm\">");
        assertThat(a.siteName()).isEqualTo("Thanh Niên");
        assertThat(a.url()).isEqualTo("https://thanhnien.vn/bai-123.htm");
    }

    @Test
    void readsTheBylineAPageShowsWhenItsMarkupDeclaresNoDate() {
        String page = Pages.page("<title>Tin</title>", "<nav><span class=\"date\">Thứ Hai, 01/01/2024</span></nav>"
                + "<div class=\"header-content\"><span class=\"date\">Chủ nhật, 22/10/2023, 15:55 (GMT+7)</span></div>"
                + "<article>" + Pages.paragraphs(Pages.VI) + "</article>");
        HtmlArticle a = HtmlPage.read(page);
        assertThat(a.date()).isEqualTo(PartialDate.ofDay(2023, 10, 22));
        assertThat(a.dateSource()).isEqualTo(dev.annals.model.DateSource.BYLINE);
    }

    @Test
    void aDeclaredDateIsPageMetadataAndNoBylineIsLookedFor() {
        HtmlArticle a = read("<meta property=\"article:published_time\" content=\"2020-03-04\">");
        assertThat(a.dateSource()).isEqualTo(dev.annals.model.DateSource.PAGE_METADATA);
        assertThat(HtmlPage.read(Pages.page("<title>T</title>", BODY)).date()).isNull();
    }
}
