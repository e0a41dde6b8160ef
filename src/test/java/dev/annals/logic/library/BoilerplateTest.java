package dev.annals.logic.library;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateTest {

    @Test
    void removesPageChromeLines() {
        List<String> lines = List.of("Bài báo.", "Phản hồi", "Thông tin người gửi phản hồi", "Các tin khác", "Xem nhiều nhất",
                "Liên kết website", "Gửi cho bạn bè", "In bài", "Tin liên quan:", "Kết thúc.");
        assertThat(Boilerplate.remove(lines)).containsExactly("Bài báo.", "Kết thúc.");
    }

    @Test
    void matchesChromeIgnoringCaseAndDecoration() {
        assertThat(Boilerplate.isChrome("  » CÁC TIN KHÁC:  ")).isTrue();
    }

    @Test
    void keepsSentencesThatMerelyContainAChromeWord() {
        List<String> lines = List.of("Bộ trưởng đề nghị phản hồi kịp thời các ý kiến của nhân dân.", "Phản hồi của Bộ Công an");
        assertThat(Boilerplate.remove(lines)).isEqualTo(lines);
    }

    @Test
    void removesACaptionRepeatedRightAfterItself() {
        List<String> lines = List.of("Toàn cảnh Hội nghị.", "Toàn cảnh Hội nghị.", "", "Nội dung.");
        assertThat(Boilerplate.remove(lines)).containsExactly("Toàn cảnh Hội nghị.", "", "Nội dung.");
    }

    @Test
    void removesARepeatAcrossABlankLine() {
        assertThat(Boilerplate.remove(List.of("Ảnh: Bộ Công an", "", "Ảnh: Bộ Công an"))).containsExactly("Ảnh: Bộ Công an", "");
    }

    @Test
    void keepsALineRepeatedFurtherAway() {
        List<String> lines = List.of("Điệp khúc.", "Câu khác.", "Điệp khúc.");
        assertThat(Boilerplate.remove(lines)).isEqualTo(lines);
    }

    @Test
    void importedTextHasNoChromeButTheOriginalBytesAreUntouched() throws Exception {
        String original = "Tiêu đề bài viết hôm nay\n\nNội dung bài viết.\n\nGửi cho bạn bè\n\nPhản hồi\n";
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        ParsedArticle article = new ArticleParser().parse("a.txt", bytes);
        assertThat(article.text()).isEqualTo("Tiêu đề bài viết hôm nay\n\nNội dung bài viết.");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(original);
    }
}
