package dev.annals.logic.library;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonMentionTest {

    @Test
    void splitsRankOrOfficeBodyAndName() {
        assertThat(PersonMention.parse("Đại tướng Tô Lâm")).isEqualTo(new PersonMention("Đại tướng Tô Lâm", "Đại tướng", "", "Tô Lâm"));
        PersonMention minister = PersonMention.parse("Bộ trưởng Bộ Công an  Tô Lâm");
        assertThat(minister.name()).isEqualTo("Tô Lâm");
        assertThat(minister.title()).isEqualTo("Bộ trưởng Bộ Công an");
        PersonMention premier = PersonMention.parse("Thủ tướng Chính phủ Nguyễn Xuân Phúc");
        assertThat(premier.office()).isEqualTo("Thủ tướng");
        assertThat(premier.body()).isEqualTo("Chính phủ");
        assertThat(premier.name()).isEqualTo("Nguyễn Xuân Phúc");
        assertThat(PersonMention.parse("Phó Chủ tịch nước Võ Thị Ánh Xuân").office()).isEqualTo("Phó Chủ tịch nước");
    }

    @Test
    void aNameAloneIsAllName() {
        assertThat(PersonMention.parse("Tô Lâm")).isEqualTo(new PersonMention("Tô Lâm", "", "", "Tô Lâm"));
        assertThat(PersonMention.parse("Tô Lâm").title()).isEmpty();
    }
}
