package dev.annals.logic.library.html;

import dev.annals.logic.library.ArticleParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static dev.annals.logic.library.html.Pages.EN;
import static dev.annals.logic.library.html.Pages.VI;
import static dev.annals.logic.library.html.Pages.ZH;
import static org.assertj.core.api.Assertions.assertThat;

/** The article's text from pages that imitate real layouts; chrome never reaches the text. */
class ContentExtractionTest {

    private static void assertKeepsAll(String text, String[] paragraphs) {
        for (String p : paragraphs) assertThat(text).contains(p);
    }

    private static void assertHasNoChrome(String text) {
        assertThat(text).doesNotContain("Chuyên mục 3", "Tin đọc nhiều nhất", "Đăng ký nhận bản tin", "Facebook", "Bạn đọc A",
                "Tin liên quan", "Công an tỉnh bạn", "cookie", "Giấy phép số", "Liên hệ 4");
    }

    @Test
    void keepsTheNewsArticleAndDropsSidebarCommentsShareBarsAndRelatedLists() {
        String body = Pages.menu(30) + "<div class=\"container\"><main><article><h1>Công an tỉnh tổng kết công tác năm</h1>"
                + Pages.shareBar() + "<div class=\"article-body\">" + Pages.paragraphs(VI) + "</div>" + Pages.related()
                + Pages.shareBar() + "</article>" + Pages.comments() + "</main>" + Pages.sidebar() + "</div>" + Pages.footer();
        String text = HtmlPage.read(Pages.page("<title>Công an tỉnh tổng kết công tác năm - Báo Mẫu</title>", body)).text();
        assertKeepsAll(text, VI);
        assertHasNoChrome(text);
    }

    @Test
    void keepsABlogPostWithoutItsCommentsAndWidgets() {
        String body = Pages.menu(10) + "<div id=\"primary\"><article class=\"post hentry\"><header class=\"entry-header\"><h1 class=\"entry-title\">"
                + "Ghi chép sau hội nghị</h1><time datetime=\"2023-03-05T09:00:00+07:00\">5 tháng 3</time></header>"
                + "<div class=\"entry-content\">" + Pages.paragraphs(VI) + "<div class=\"sharedaddy\"><h3>Share this:</h3>"
                + "<a href=\"#\">Facebook</a></div></div></article>" + Pages.comments() + "</div>" + Pages.sidebar() + Pages.footer();
        HtmlArticle a = HtmlPage.read(Pages.page("<title>Ghi chép sau hội nghị | Blog của An</title>", body));
        assertKeepsAll(a.text(), VI);
        assertHasNoChrome(a.text());
        assertThat(a.title()).isEqualTo("Ghi chép sau hội nghị");
        assertThat(a.date()).hasToString("2023-03-05");
    }

    @Test
    void joinsAnArticleSplitIntoSeveralDivsAroundAnAdvertisement() {
        String body = Pages.menu(20) + "<div class=\"main\"><div class=\"story-body\">" + Pages.paragraphs(new String[]{VI[0], VI[1]})
                + "</div><div class=\"ad-slot\">Quảng cáo</div><div class=\"story-body\">" + Pages.paragraphs(new String[]{VI[2], VI[3]})
                + "</div><div class=\"ad-slot\">Quảng cáo</div><div class=\"story-body\">" + Pages.paragraphs(new String[]{VI[4], VI[5]})
                + "</div></div>" + Pages.sidebar() + Pages.footer();
        String text = HtmlPage.read(Pages.page("<title>Tin</title>", body)).text();
        assertKeepsAll(text, VI);
        assertThat(text).doesNotContain("Quảng cáo");
        assertThat(text.indexOf(VI[0])).isLessThan(text.indexOf(VI[5]));
    }

    @Test
    void dropsACookieBannerAndALoginDialog() {
        String body = Pages.cookieBanner() + "<div role=\"dialog\" aria-modal=\"true\"><p>Đăng nhập để đọc tiếp bài viết này và nhiều bài khác.</p></div>"
                + "<div class=\"content\">" + Pages.paragraphs(VI) + "</div>";
        String text = HtmlPage.read(Pages.page("<title>Tin</title>", body)).text();
        assertKeepsAll(text, VI);
        assertThat(text).doesNotContain("cookie", "Đăng nhập");
    }

    @Test
    void lazyImagesNeitherAddNorRemoveText() {
        String images = "<figure><img class=\"lazyload\" data-src=\"a.jpg\" src=\"data:image/gif;base64,R0lGOD\"><noscript><img src=\"a.jpg\"></noscript>"
                + "<figcaption>Đại tá Nguyễn Văn An phát biểu tại hội nghị.</figcaption></figure><div class=\"lazy-placeholder\">Loading...</div>";
        String body = "<article>" + Pages.paragraphs(new String[]{VI[0], VI[1], VI[2]}) + images
                + Pages.paragraphs(new String[]{VI[3], VI[4], VI[5]}) + "</article>";
        String text = HtmlPage.read(Pages.page("<title>Tin</title>", body)).text();
        assertKeepsAll(text, VI);
        assertThat(text).contains("Đại tá Nguyễn Văn An phát biểu tại hội nghị.").doesNotContain("Loading");
    }

    @Test
    void readsVietnameseNewsSiteMarkup() {
        String head = "<title>Công an tỉnh tổng kết công tác năm - VnExpress</title>"
                + "<meta property=\"og:title\" content=\"Công an tỉnh tổng kết công tác năm - VnExpress\">"
                + "<meta property=\"og:site_name\" content=\"VnExpress\"><meta itemprop=\"datePublished\" content=\"2023-10-22T15:55:00+07:00\">";
        String body = Pages.menu(40) + "<section class=\"section page-detail\"><div class=\"container\"><div class=\"sidebar-1\">"
                + "<div class=\"header-content\"><span class=\"date\">Chủ nhật, 22/10/2023, 15:55 (GMT+7)</span></div>"
                + "<h1 class=\"title-detail\">Công an tỉnh tổng kết công tác năm</h1><p class=\"description\">Công an tỉnh đánh giá một năm công tác.</p>"
                + "<article class=\"fck_detail\">" + Pages.paragraphs(VI).replace("<p>", "<p class=\"Normal\">")
                + "<p class=\"Normal\" style=\"text-align:right;\"><strong>Minh Anh</strong></p></article>"
                + "<div class=\"box-tinlienquanv2\"><h3>Tin liên quan</h3>" + Pages.links("list", 4, "Công an tỉnh bạn tổ chức hội nghị tổng kết năm")
                + "</div><div class=\"box-comment\"><p>Ý kiến bạn đọc: Bạn đọc A: Bài viết rất hay, cảm ơn tác giả rất nhiều.</p></div></div>"
                + Pages.sidebar() + "</div></section>" + Pages.footer();
        HtmlArticle a = HtmlPage.read(Pages.page(head, body));
        assertKeepsAll(a.text(), VI);
        assertHasNoChrome(a.text());
        assertThat(a.title()).isEqualTo("Công an tỉnh tổng kết công tác năm");
        assertThat(a.date()).hasToString("2023-10-22");
        assertThat(a.siteName()).isEqualTo("VnExpress");
    }

    @Test
    void findsAnUnnamedArticleUnderAHeavyMenuAndFooter() {
        String body = Pages.menu(200) + "<div><div><div>" + Pages.paragraphs(EN) + "</div><div>" + Pages.links("x", 30, "Another story")
                + "</div></div></div>" + Pages.footer() + Pages.footer();
        String text = HtmlPage.read(Pages.page("<title>Review</title>", body)).text();
        assertKeepsAll(text, EN);
        assertThat(text).doesNotContain("Chuyên mục 150", "Another story 3", "Giấy phép số");
    }

    @Test
    void takesTheBodyFromJsonLdWhenThePageRendersItWithScript() {
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Tin\",\"articleBody\":\""
                + String.join("\\n\\n", VI) + "\"}";
        String page = Pages.page("<title>Tin</title><script type=\"application/ld+json\">" + ld + "</script>",
                Pages.menu(10) + "<div id=\"app\"></div><script>render()</script>" + Pages.footer());
        HtmlArticle a = HtmlPage.read(page);
        assertKeepsAll(a.text(), VI);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("JSON-LD"));
    }

    @Test
    void warnsWhenTheArticleLooksTooShort() {
        HtmlArticle a = HtmlPage.read(Pages.page("<title>Tin</title>", "<article><p>Một đoạn ngắn duy nhất của bài viết.</p></article>"));
        assertThat(a.text()).contains("Một đoạn ngắn duy nhất");
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("characters of article text"));
    }

    @Test
    void keepsHeadingsListsQuotesAndTablesAsParagraphs() throws Exception {
        String body = "<article>" + Pages.paragraphs(new String[]{VI[0], VI[1]}) + "<h2>Kết quả nổi bật</h2><ul><li>Bắt giữ 120 đối tượng</li>"
                + "<li>Thu hồi 5 tỷ đồng</li></ul><blockquote>Không để bị động, bất ngờ trong mọi tình huống.</blockquote>"
                + "<table><tr><th>Năm</th><th>Vụ án</th></tr><tr><td>2022</td><td>310</td></tr><tr><td>2023</td><td>342</td></tr></table>"
                + Pages.paragraphs(new String[]{VI[2], VI[3]}) + "</article>";
        String text = new ArticleParser().parse("a.html", Pages.page("<title>Tin</title>", body).getBytes(StandardCharsets.UTF_8)).text();
        assertThat(text).contains("\n\nKết quả nổi bật\n\n", "\n\nBắt giữ 120 đối tượng\n\n", "Thu hồi 5 tỷ đồng",
                "Không để bị động, bất ngờ trong mọi tình huống.", "\n\nNăm\tVụ án\n\n2022\t310\n\n2023\t342\n\n");
    }

    @Test
    void theTextDoesNotDependOnTheLanguage() {
        for (String[] language : new String[][]{VI, EN, ZH}) {
            String body = Pages.menu(30) + "<div class=\"wrap\"><div class=\"col\">" + Pages.paragraphs(language) + "</div>"
                    + Pages.sidebar() + "</div>" + Pages.footer();
            String text = HtmlPage.read(Pages.page("<title>T</title>", body)).text();
            assertThat(text.lines().filter(l -> !l.isBlank())).as(language[0]).containsExactly(language);
        }
    }

    @Test
    void flattensElementsNestedDeeperThanTheLimitAndWarns() {
        String deep = "<div>".repeat(100_000) + "<p>" + VI[0] + "</p>" + "</div>".repeat(100_000);
        HtmlArticle a = HtmlPage.read(Pages.page("<title>T</title>", deep));
        assertThat(a.text()).contains(VI[0]);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("more than 512 deep"));
    }
}
