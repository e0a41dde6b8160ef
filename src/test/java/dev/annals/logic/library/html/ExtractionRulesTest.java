package dev.annals.logic.library.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules the extractor is made of, one at a time. */
class ExtractionRulesTest {

    private static Element element(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void classAndIdWordsMatchOnlyWholeWords() {
        assertThat(ClassHints.of(element("<div class=\"articleBody main_text\" id=\"storyContent\"></div>")))
                .isEqualTo("article-body main-text story-content");
        assertThat(ClassHints.weight(element("<div class=\"shadow header-download\"></div>"))).isZero();
        assertThat(ClassHints.weight(element("<div class=\"ad\"></div>"))).isEqualTo(-25);
        assertThat(ClassHints.weight(element("<div class=\"post-content\" id=\"comments\"></div>"))).isZero();
        assertThat(ClassHints.weight(element("<div class=\"entry\" id=\"main\"></div>"))).isEqualTo(50);
        assertThat(ClassHints.isUnlikely("comment-list")).isTrue();
        assertThat(ClassHints.isUnlikely("comments-content")).isFalse();
        assertThat(ClassHints.isChrome("comments-content")).isTrue();
        assertThat(ClassHints.isUnlikely("box-tin-lien-quan")).isTrue();
        assertThat(ClassHints.isUnlikely("binh-luan")).isTrue();
        assertThat(ClassHints.isUnlikely("readable")).isFalse();
    }

    @Test
    void aNamedContainerIsTakenWithItsSplitParts() {
        String prose = "Đây là một đoạn văn đủ dài của bài báo, có dấu phẩy, có nội dung, và đủ chữ để được tính là văn xuôi thật. ".repeat(3);
        Document page = Jsoup.parse("<body><div class=\"wrap\"><div class=\"article-body\"><p>" + prose + "</p></div><div class=\"ad\">Ad</div>"
                + "<div class=\"article-body\"><p>Phần hai. " + prose + "</p></div></div></body>");
        Element found = KnownContainers.find(page);
        assertThat(found.text()).contains("Phần hai.").doesNotContain("Ad");
        assertThat(found.children()).hasSize(2);
    }

    @Test
    void itempropArticleBodyBeatsClassNamesAndATinyContainerIsPassedOver() {
        String prose = "Nội dung chính của bài viết, đủ dài, có nhiều chữ, để vượt ngưỡng hai trăm năm mươi ký tự của bộ đọc. ".repeat(3);
        Document page = Jsoup.parse("<body><div class=\"entry-content\">Ngắn</div><div class=\"post-content\"><p>Khác " + prose + "</p></div>"
                + "<section itemprop=\"articleBody\"><p>" + prose + "</p></section></body>");
        assertThat(KnownContainers.find(page).text()).doesNotContain("Khác").contains("Nội dung chính");
        Document withoutItemprop = Jsoup.parse("<body><div class=\"entry-content\">Ngắn</div><div class=\"post-content\"><p>Khác " + prose
                + "</p></div></body>");
        assertThat(KnownContainers.find(withoutItemprop).text()).startsWith("Khác");
        assertThat(KnownContainers.find(Jsoup.parse("<body><div><p>" + prose + "</p></div></body>"))).isNull();
    }

    @Test
    void chromeInsideTheContainerGoesButNeverMoreThanHalf() {
        String prose = "Đoạn văn của bài báo có đủ chữ để đọc, có dấu phẩy, và không phải là liên kết. ".repeat(4);
        Element container = element("<div><p>" + prose + "</p><div class=\"related-content\"><a href=\"/1\">Tin khác một</a></div>"
                + "<div class=\"tags\"><a href=\"/t\">an ninh</a></div></div>");
        InnerChrome.remove(container);
        assertThat(container.text()).doesNotContain("Tin khác", "an ninh").contains("Đoạn văn");
        Element mostlyChrome = element("<div><p>Ngắn.</p><div class=\"comment-body\"><p>" + prose + "</p></div></div>");
        InnerChrome.remove(mostlyChrome);
        assertThat(mostlyChrome.text()).contains("Đoạn văn");
    }

    @Test
    void keepsDataTablesAndDropsLayoutTablesFullOfLinks() {
        Element article = element("<div><p>Bài viết có bảng số liệu, có dấu phẩy, có chữ.</p><table><caption>Số vụ án</caption>"
                + "<tr><td>2022</td><td>310</td></tr></table><table><tr><td><a href=\"/a\">Trang chủ</a> <a href=\"/b\">Liên hệ</a></td></tr>"
                + "</table></div>");
        ContentCleaner.clean(article, true);
        assertThat(article.text()).contains("Số vụ án", "310").doesNotContain("Trang chủ");
    }

    @Test
    void dropsShareBarsLinkListsAndAdvertisementLabels() {
        Element article = element("<div><p>Đoạn văn chính của bài, dài, có dấu phẩy, có nội dung thật sự để đọc và hiểu.</p>"
                + "<div class=\"social-share\"><a href=\"#\">Facebook</a></div><ul><li><a href=\"/1\">Tin một</a></li><li><a href=\"/2\">Tin hai</a></li></ul>"
                + "<div>Advertisement</div><ul><li>Điểm một của bài</li><li>Điểm hai của bài</li></ul></div>");
        ContentCleaner.clean(article, true);
        assertThat(article.text()).contains("Đoạn văn chính", "Điểm một của bài").doesNotContain("Facebook", "Tin một", "Advertisement");
    }

    @Test
    void theScoredCandidateIsTheBlockOfProseNotTheMenu() {
        StringBuilder menu = new StringBuilder("<div class=\"x\">");
        for (int i = 0; i < 60; i++) menu.append("<p><a href=\"/").append(i).append("\">Mục số ").append(i).append(" của trang, rất dài</a></p>");
        menu.append("</div>");
        Document page = Jsoup.parse("<body>" + menu + "<div class=\"y\">" + Pages.paragraphs(Pages.VI) + "</div></body>");
        Element article = new ReadabilityScorer(true, true).grab(page);
        assertThat(article.text()).contains(Pages.VI[0], Pages.VI[5]).doesNotContain("Mục số 3");
    }

    @Test
    void choosesTheNamedContainerUnlessScoringFoundMoreThanTwiceAsMuch() {
        String named = "x".repeat(1000);
        assertThat(ContentExtractor.choose(named, "y".repeat(1900))).isEqualTo(named);
        assertThat(ContentExtractor.choose(named, "y".repeat(2100))).startsWith("y");
        assertThat(ContentExtractor.choose(null, "y".repeat(300))).startsWith("y");
        assertThat(ContentExtractor.choose("x".repeat(100), "y".repeat(50))).startsWith("x");
    }

    @Test
    void titlesLoseOnlyTheSiteName() {
        assertThat(PageTitle.withoutSiteName("Gun laws | BBC News", "BBC News", false)).isEqualTo("Gun laws");
        assertThat(PageTitle.withoutSiteName("Gun laws | Other", "BBC News", false)).isEqualTo("Gun laws | Other");
        assertThat(PageTitle.withoutSiteName("Công an tỉnh tổng kết năm 2023 - Báo X", null, true)).isEqualTo("Công an tỉnh tổng kết năm 2023");
        assertThat(PageTitle.siteNameOf("Công an tỉnh tổng kết năm 2023 - Báo X")).isEqualTo("Báo X");
        assertThat(PageTitle.similarity("Hội nghị tổng kết", "Hội nghị tổng kết năm")).isBetween(0.7, 0.9);
        assertThat(PageTitle.similarity("a b c", "a b c")).isEqualTo(1.0);
    }

    @Test
    void readsJsonLdWrappedInCdataAndSkipsWhatIsNotAnArticle() {
        Document page = Jsoup.parse("<head><script type=\"application/ld+json\"><![CDATA[{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                + "\"publisher\":\"Báo X\",\"author\":\"An\",\"articleBody\":\"Thân bài\"}]]></script>"
                + "<script type=\"application/ld+json\">{\"@type\":\"Organization\",\"name\":\"Org\"}</script></head>");
        JsonLd ld = JsonLd.of(page).orElseThrow();
        assertThat(ld.headline()).isEqualTo("H");
        assertThat(ld.publisher()).isEqualTo("Báo X");
        assertThat(ld.authors()).containsExactly("An");
        assertThat(ld.articleBody()).isEqualTo("Thân bài");
        assertThat(JsonLd.of(Jsoup.parse("<script type=\"application/ld+json\">{\"@type\":\"Organization\"}</script>"))).isEmpty();
    }

    @Test
    void aTableRowIsOneLineWithItsCellsSeparatedByTabs() {
        String text = BlockText.of(element("<div><table><tr><th>Năm</th><th>Vụ</th></tr><tr><td>2023</td><td>342</td></tr></table></div>"));
        assertThat(text.lines().filter(l -> !l.isBlank())).containsExactly("Năm\tVụ", "2023\t342");
    }
}
