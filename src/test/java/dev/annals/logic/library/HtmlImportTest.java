package dev.annals.logic.library;

import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlImportTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
            <title>Hội nghị Công an toàn quốc lần thứ 77 - Báo Công an nhân dân</title>
            <meta property="article:published_time" content="2021-12-29T17:30:00+07:00">
            <style>body { color: red }</style>
            <script>var tracking = "Phản hồi";</script>
            </head><body>
            <header><a href="/">Trang chủ</a><nav><a>Thời sự</a><a>Pháp luật</a></nav></header>
            <article>
              <h1>Hội nghị Công an toàn quốc lần thứ 77 kết thúc</h1>
              <p>Chiều 29-12, Bộ Công an thông tin: Hội nghị đã kết thúc thành công &amp; tốt đẹp.</p>
              <div class="share-buttons">Chia sẻ Facebook Zalo</div>
              <figure><img src="a.jpg"><figcaption>Bộ trưởng phát biểu.</figcaption></figure>
              <p>Đại tướng Tô Lâm&nbsp;phát biểu <b>bế mạc</b> Hội nghị.<br>Dòng thứ hai &#8211; hết.</p>
              <ul><li>Mục một</li><li>Mục hai</li></ul>
            </article>
            <aside>Xem nhiều nhất: bài khác</aside>
            <footer>© Báo Công an nhân dân</footer>
            </body></html>
            """;

    private ParsedArticle parse(String name, String html) throws ImportFailure {
        return new ArticleParser().parse(name, html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void extractsTheArticleTextWithoutPageChrome() throws Exception {
        String text = parse("page.html", PAGE).text();
        assertThat(text).isEqualTo("""
                Hội nghị Công an toàn quốc lần thứ 77 kết thúc

                Chiều 29-12, Bộ Công an thông tin: Hội nghị đã kết thúc thành công & tốt đẹp.

                Bộ trưởng phát biểu.

                Đại tướng Tô Lâm phát biểu bế mạc Hội nghị.
                Dòng thứ hai – hết.

                Mục một

                Mục hai""");
    }

    @Test
    void takesTheTitleFromTheHeadlineAndTheDateFromMetaTags() throws Exception {
        var metadata = parse("page.htm", PAGE).metadata();
        assertThat(metadata.title()).isEqualTo("Hội nghị Công an toàn quốc lần thứ 77 kết thúc");
        assertThat(metadata.date()).isEqualTo(PartialDate.ofDay(2021, 12, 29));
        assertThat(metadata.people()).containsExactly("Đại tướng Tô Lâm");
    }

    @Test
    void takesTheTitleFromTheTitleElementWithoutTheSiteName() throws Exception {
        String html = "<html><head><title>Bộ Công an tổ chức hội nghị trực tuyến | Báo X</title></head>"
                + "<body><p>Ngày 17/8/2021, Bộ Công an tổ chức Hội nghị trực tuyến.</p></body></html>";
        var metadata = parse("page.html", html).metadata();
        assertThat(metadata.title()).isEqualTo("Bộ Công an tổ chức hội nghị trực tuyến");
        assertThat(metadata.source()).isEqualTo("Báo X");
        assertThat(metadata.date()).isEqualTo(PartialDate.ofDay(2021, 8, 17));
    }

    @Test
    void readsOtherDateMetaTags() throws Exception {
        String html = "<html><head><meta name=\"pubdate\" content=\"2020-07-15\"><title>Tin</title></head><body><h1>Tiêu đề tin tức</h1><p>Nội dung.</p></body></html>";
        assertThat(parse("a.html", html).metadata().date()).isEqualTo(PartialDate.ofDay(2020, 7, 15));
    }

    @Test
    void recognisesHtmlByItsContentWhateverTheExtension() throws Exception {
        String text = parse("saved.txt", "<!doctype html><html><body><p>Đoạn một.</p><p>Đoạn hai.</p></body></html>").text();
        assertThat(text).isEqualTo("Đoạn một.\n\nĐoạn hai.");
    }

    @Test
    void refusesAPageWithoutText() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parse("a.html", "<html><body><script>x()</script></body></html>"))
                .isInstanceOf(ImportFailure.class).hasMessageContaining("no article text");
    }
}
