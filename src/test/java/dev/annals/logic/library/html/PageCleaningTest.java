package dev.annals.logic.library.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is never article text, whatever the page, and the measures used to tell prose from chrome. */
class PageCleaningTest {

    @Test
    void removesWhatAReaderCannotSeeOrUse() {
        Document page = Jsoup.parse("<body><p hidden>Ẩn một</p><p aria-hidden=\"true\">Ẩn hai</p><p style=\"display: none\">Ẩn ba</p>"
                + "<p style=\"visibility:hidden\">Ẩn bốn</p><div role=\"navigation\">Điều hướng</div><div role=\"complementary\">Bên lề</div>"
                + "<div role=\"dialog\" aria-modal=\"true\">Hộp thoại</div><script>var x = 'Mã';</script><style>p{}</style>"
                + "<!-- chú thích --><p>Còn lại</p><form><input value=\"Ô nhập\"><button>Nút</button></form></body>");
        TreeCleaner.clean(page);
        assertThat(page.body().text()).isEqualTo("Còn lại");
        assertThat(page.body().html()).doesNotContain("chú thích");
    }

    @Test
    void keepsAFormThatWrapsTheWholePage() {
        Document page = Jsoup.parse("<body><form id=\"aspnetForm\"><div><p>Bài viết trong biểu mẫu của cả trang.</p></div></form></body>");
        TreeCleaner.clean(page);
        assertThat(page.body().text()).contains("Bài viết trong biểu mẫu");
    }

    @Test
    void keepsAPageFormWhoseArticleIsTextBetweenLineBreaks() {
        String article = "Đoạn văn của bài viết, viết giữa các dấu xuống dòng chứ không trong thẻ đoạn. ".repeat(6);
        Document page = Jsoup.parse("<body><form class=\"search\"><input name=\"q\"> Tìm kiếm</form><form id=\"aspnetForm\">"
                + "<div class=\"entry-content\">" + article + "<br><br>" + article + "</div></form></body>");
        TreeCleaner.clean(page);
        assertThat(page.body().text()).contains("giữa các dấu xuống dòng").doesNotContain("Tìm kiếm");
    }

    @Test
    void linksToThePageItselfWeighLessInLinkDensity() {
        Element outside = Jsoup.parseBodyFragment("<div>Văn bản <a href=\"/khac\">liên kết</a></div>").body().child(0);
        Element inside = Jsoup.parseBodyFragment("<div>Văn bản <a href=\"#muc\">liên kết</a></div>").body().child(0);
        assertThat(Dom.linkDensity(outside)).isGreaterThan(Dom.linkDensity(inside));
        assertThat(Dom.linkDensity(Jsoup.parseBodyFragment("<div></div>").body().child(0))).isZero();
    }

    @Test
    void countsTheCommasOfSeveralScripts() {
        assertThat(Dom.commas("a, b، c，d、e")).isEqualTo(4);
        assertThat(Dom.commas("không có")).isZero();
    }

    @Test
    void aDivOfPhrasingContentReadsAsAParagraph() {
        Element div = Jsoup.parseBodyFragment("<div>Chữ <b>đậm</b> <a href=\"/x\">liên kết</a></div>").body().child(0);
        assertThat(Dom.hasBlockChild(div)).isFalse();
        assertThat(Dom.isPhrasing(div.child(0))).isTrue();
        Element container = Jsoup.parseBodyFragment("<div><span><p>đoạn</p></span></div>").body().child(0);
        assertThat(Dom.hasBlockChild(container)).isTrue();
    }

    @Test
    void tellsDataTablesFromLayoutTables() {
        Element tables = Jsoup.parseBodyFragment("<div><table id=\"a\"><tr><th>Năm</th></tr></table>"
                + "<table id=\"b\" role=\"presentation\"><tr><th>x</th></tr></table><table id=\"c\"><tr><td>một ô</td></tr></table>"
                + "<table id=\"d\">" + "<tr><td>1</td><td>2</td><td>3</td></tr>".repeat(4) + "</table></div>").body().child(0);
        DataTables.mark(tables);
        assertThat(DataTables.isData(tables.getElementById("a"))).isTrue();
        assertThat(DataTables.isData(tables.getElementById("b"))).isFalse();
        assertThat(DataTables.isData(tables.getElementById("c"))).isFalse();
        assertThat(DataTables.isData(tables.getElementById("d"))).isTrue();
        assertThat(DataTables.insideData(tables.getElementById("a").selectFirst("th"))).isTrue();
    }

    @Test
    void everyParagraphOfThePageIsTheLastResort() {
        Document page = Jsoup.parse("<body><div><p>Một đoạn văn đủ dài để được giữ lại.</p><p>Ngắn.</p>"
                + "<p><a href=\"/a\">Một liên kết dài đến bài khác của trang</a></p><blockquote><p>Trích dẫn đủ dài để được giữ lại.</p>"
                + "</blockquote></div></body>");
        String text = AllParagraphs.of(page);
        assertThat(text).contains("Một đoạn văn đủ dài", "Trích dẫn đủ dài").doesNotContain("Ngắn.", "Một liên kết");
        assertThat(text.indexOf("Trích dẫn")).isEqualTo(text.lastIndexOf("Trích dẫn"));
    }
}
