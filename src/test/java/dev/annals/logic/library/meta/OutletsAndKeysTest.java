package dev.annals.logic.library.meta;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Outlets named from addresses, and header keys read whatever their spelling. */
class OutletsAndKeysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "https://vnexpress.net/a.html|VnExpress", "https://thanhnien.vn/a|Thanh Niên", "https://dantri.com.vn/a|Dân trí",
            "https://vietnamnet.vn/a|VietNamNet", "https://nhandan.vn/a|Nhân Dân", "https://cand.com.vn/a|Công an nhân dân",
            "https://bocongan.gov.vn/a|Cổng Thông tin điện tử Bộ Công an", "https://baochinhphu.vn/a|Báo Chính phủ",
            "https://vov.vn/a|VOV", "https://vtv.vn/a|VTV", "https://laodong.vn/a|Lao Động", "https://zingnews.vn/a|Znews",
            "https://znews.vn/a|Znews", "https://www.qdnd.vn/a|Quân đội nhân dân", "https://www.reuters.com/world/a|Reuters",
            "https://apnews.com/article/a|AP", "https://www.nytimes.com/2023/a.html|The New York Times",
            "https://www.theguardian.com/world/a|The Guardian", "https://edition.cnn.com/a|CNN", "https://amp.bbc.co.uk/a|BBC",
            "HTTPS://WWW.VNEXPRESS.NET/A|VnExpress", "vnexpress.net|VnExpress", "https://sub.example.co.uk:8080/x?y=1|sub.example.co.uk"})
    void namesTheOutlet(String address, String outlet) {
        assertThat(Outlets.nameFor(address)).contains(outlet);
    }

    @Test
    void isNoOutletForTextThatIsNoAddress() {
        assertThat(Outlets.nameFor("Báo Tuổi Trẻ")).isEmpty();
        assertThat(Outlets.nameFor("")).isEmpty();
        assertThat(Outlets.nameFor(null)).isEmpty();
        assertThat(Outlets.nameFor("not an address")).isEmpty();
    }

    @Test
    void canonicalKeysFoldCaseMarksAndSeparators() {
        assertThat(HeaderKey.canonical("  Ngày_Đăng ")).isEqualTo("ngay dang");
        assertThat(HeaderKey.canonical("DOC-ID")).isEqualTo("doc id");
        assertThat(HeaderKey.canonical("source.url")).isEqualTo("source url");
        assertThat(HeaderKey.of("Source URL")).isEqualTo(HeaderKey.URL);
        assertThat(HeaderKey.of("NGUỒN")).isEqualTo(HeaderKey.SOURCE);
        assertThat(HeaderKey.of("Tác Giả")).isEqualTo(HeaderKey.AUTHOR);
        assertThat(HeaderKey.of("newdoc id")).isEqualTo(HeaderKey.ID);
    }

    @Test
    void monthNamesAreReadInSeveralLanguagesWithOrWithoutMarks() {
        assertThat(MonthNames.month("March")).isEqualTo(3);
        assertThat(MonthNames.month("mar.")).isEqualTo(3);
        assertThat(MonthNames.month("März")).isEqualTo(3);
        assertThat(MonthNames.month("février")).isEqualTo(2);
        assertThat(MonthNames.month("diciembre")).isEqualTo(12);
        assertThat(MonthNames.month("août")).isEqualTo(8);
        assertThat(MonthNames.month("Tuesday")).isZero();
    }
}
