package dev.annals.logic.library;

import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The five bundled articles get the metadata a careful reader would give them. */
class SeedMetadataTest {

    private static List<DocumentMetadata> seeds;
    private static List<String> texts;

    @BeforeAll
    static void parseSeeds() throws Exception {
        ArticleParser parser = new ArticleParser();
        List<ImportSource> sources = SeedCorpus.sources();
        assertThat(sources).hasSize(5);
        seeds = new java.util.ArrayList<>();
        texts = new java.util.ArrayList<>();
        for (ImportSource s : sources) {
            ParsedArticle article = parser.parse(s.fileName(), s.reader().read());
            seeds.add(article.metadata());
            texts.add(article.text());
        }
    }

    @Test
    void seed000IsTheSixMonthReviewOf2020() {
        DocumentMetadata m = seeds.get(0);
        assertThat(m.date()).isEqualTo(PartialDate.ofYear(2020));
        assertThat(m.kind()).isEqualTo(ConferenceKind.SIX_MONTH_REVIEW);
        assertThat(m.source()).isEqualTo("Tổ Quốc");
        assertThat(m.title()).startsWith("Theo Đại tướng Tô Lâm - Bộ trưởng Bộ Công an").doesNotStartWith("(Tổ Quốc)");
        assertThat(m.people()).containsExactly("Đại tướng Tô Lâm", "Thủ tướng Chính phủ Nguyễn Xuân Phúc");
    }

    @Test
    void seed001IsTheSixMonthReviewOf21June2021() {
        DocumentMetadata m = seeds.get(1);
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2021, 6, 21));
        assertThat(m.kind()).isEqualTo(ConferenceKind.SIX_MONTH_REVIEW);
        assertThat(m.title()).startsWith("Đảng ủy Công an Trung ương, Bộ Công an tổ chức hội nghị sơ kết").doesNotContain("date");
        assertThat(m.people()).contains("Chủ tịch nước Nguyễn Xuân Phúc", "Đại tướng Tô Lâm");
    }

    @Test
    void theScrapersDateHeaderIsReadButNotKeptInTheText() {
        assertThat(texts.get(1)).startsWith("Ngày 21/6, Đảng ủy Công an Trung ương");
        assertThat(texts.get(2)).startsWith("Chiều 29-12, Bộ Công an thông tin");
        assertThat(texts).noneMatch(t -> t.strip().toLowerCase(java.util.Locale.ROOT).startsWith("date"));
        assertThat(seeds.get(1).date()).isEqualTo(PartialDate.ofDay(2021, 6, 21));
    }

    @Test
    void seed002IsThe77thNationalConferenceOn29December2021() {
        DocumentMetadata m = seeds.get(2);
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2021, 12, 29));
        assertThat(m.kind()).isEqualTo(ConferenceKind.ANNUAL_NATIONAL);
        assertThat(m.title()).contains("Hội nghị Công an toàn quốc lần thứ 77").doesNotStartWith("Chiều");
        assertThat(m.people()).containsExactly("Đại tướng Tô Lâm");
    }

    @Test
    void seed003IsTheThematicReviewOfCommunePoliceOn20November2024() {
        DocumentMetadata m = seeds.get(3);
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2024, 11, 20));
        assertThat(m.kind()).isEqualTo(ConferenceKind.THEMATIC_REVIEW);
        assertThat(m.title()).isEqualTo("Công an xã - \"Thật sự gần dân, sát dân, là điểm tựa bình yên của nhân dân\" trên mọi miền Tổ quốc");
        assertThat(m.source()).isEqualTo("Cổng TTĐT BCA");
        assertThat(m.people()).contains("Thượng tướng Trần Quốc Tỏ", "Thiếu tướng Đặng Hồng Đức", "Bộ trưởng Lương Tam Quang");
    }

    @Test
    void seed004IsTheOnlineConferenceOn17August2021() {
        DocumentMetadata m = seeds.get(4);
        assertThat(m.date()).isEqualTo(PartialDate.ofDay(2021, 8, 17));
        assertThat(m.kind()).isEqualTo(ConferenceKind.ONLINE);
        assertThat(m.title()).startsWith("Lực lượng Công an nhân dân tích cực phòng, chống dịch Covid-19");
        assertThat(m.source()).isEqualTo("Cổng Thông tin Bộ Công an");
        assertThat(m.people()).contains("Đại tướng Tô Lâm", "Thượng tướng Nguyễn Văn Sơn", "Trung tướng Nguyễn Duy Ngọc");
    }
}
