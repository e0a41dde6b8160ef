package dev.annals.logic.library;

import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import static dev.annals.logic.library.Articles.metadata;
import static org.assertj.core.api.Assertions.assertThat;

class ArticleDateTest {

    private static final String HEADLINE = "Công an tỉnh tổ chức hội nghị triển khai nhiệm vụ\n\n";

    @Test
    void takesMonthFromADateHeader() {
        assertThat(metadata(" date 2021-06 Bộ Công an tổ chức hội nghị. Nội dung.").date()).isEqualTo(PartialDate.ofMonth(2021, 6));
    }

    @Test
    void completesADatelineWithTheYearOfTheHeader() {
        assertThat(metadata("date 2021-06 Ngày 21/6, Bộ Công an tổ chức hội nghị.").date()).isEqualTo(PartialDate.ofDay(2021, 6, 21));
    }

    @Test
    void readsTimeOfDayDatelineWithDashes() {
        assertThat(metadata("date 2021-12 Chiều 29-12, Bộ Công an thông tin.").date()).isEqualTo(PartialDate.ofDay(2021, 12, 29));
    }

    @Test
    void takesThePreviousYearWhenTheDatelineMonthFollowsTheHeaderMonth() {
        assertThat(metadata("date 2022-01 Sáng 30/12, hội nghị bế mạc.").date()).isEqualTo(PartialDate.ofDay(2021, 12, 30));
    }

    @Test
    void readsADateLineWithItsWeekdayAboveTheHeadline() {
        assertThat(metadata("Thứ Tư, 20/11/2024\nCông an xã gần dân, sát dân trên mọi miền\n\nNội dung bài.").date())
                .isEqualTo(PartialDate.ofDay(2024, 11, 20));
    }

    @Test
    void readsADateLineWithTime() {
        assertThat(metadata("20/11/2024 08:30 GMT+7\nTiêu đề của bài báo này\n\nNội dung.").date()).isEqualTo(PartialDate.ofDay(2024, 11, 20));
    }

    @Test
    void readsAFullDatelineAfterTheHeadline() {
        assertThat(metadata(HEADLINE + "Ngày 17/8/2021, tại Hà Nội, Bộ Công an tổ chức Hội nghị.").date()).isEqualTo(PartialDate.ofDay(2021, 8, 17));
    }

    @Test
    void readsDottedDates() {
        assertThat(metadata(HEADLINE + "Sáng 5.3.2023, Công an tỉnh tổ chức hội nghị.").date()).isEqualTo(PartialDate.ofDay(2023, 3, 5));
    }

    @Test
    void readsDatesWrittenInWords() {
        assertThat(metadata(HEADLINE + "Ngày 17 tháng 8 năm 2021, Bộ Công an tổ chức hội nghị.").date()).isEqualTo(PartialDate.ofDay(2021, 8, 17));
    }

    @Test
    void readsADateNamedAsADayEarlyInTheLead() {
        assertThat(metadata(HEADLINE + "Tại Hà Nội, chiều ngày 9/1/2022, Bộ Công an tổ chức hội nghị.").date())
                .isEqualTo(PartialDate.ofDay(2022, 1, 9));
    }

    @Test
    void takesAYearFromASixMonthPeriodInTheOpening() {
        assertThat(metadata("(Tổ Quốc) - Bộ trưởng phát biểu kết luận.\nHội nghị sơ kết công tác công an 6 tháng đầu năm 2020.").date())
                .isEqualTo(PartialDate.ofYear(2020));
    }

    @Test
    void completesADatelineWithoutYearFromTheSixMonthPeriod() {
        assertThat(metadata(HEADLINE + "Ngày 21/6, hội nghị sơ kết công tác 6 tháng đầu năm 2021 được tổ chức.").date())
                .isEqualTo(PartialDate.ofDay(2021, 6, 21));
    }

    @Test
    void ignoresHistoricalAndPlannedDatesInTheBody() {
        String text = HEADLINE + "Bộ Công an tổ chức hội nghị quan trọng.\n\nNội dung thứ hai.\n\n"
                + "Ngày 19/8/1945, Cách mạng Tháng Tám thành công.\n\nMục tiêu đến năm 2030 là xây dựng lực lượng.\n\n"
                + "Kế hoạch 6 tháng đầu năm 2031.";
        assertThat(metadata(text).date()).isNull();
    }

    @Test
    void prefersTheDatelineToDatesLaterInTheBody() {
        String text = HEADLINE + "Ngày 17/8/2021, Bộ Công an tổ chức hội nghị.\n\nNgày 19/8/1945, Cách mạng Tháng Tám thành công.";
        assertThat(metadata(text).date()).isEqualTo(PartialDate.ofDay(2021, 8, 17));
    }

    @Test
    void ignoresADatelineWithoutAnyKnownYear() {
        assertThat(metadata(HEADLINE + "Ngày 21/6, Bộ Công an tổ chức hội nghị.").date()).isNull();
    }

    @Test
    void rejectsImpossibleDates() {
        assertThat(metadata(HEADLINE + "Ngày 31/2/2021, Bộ Công an tổ chức hội nghị.").date()).isNull();
    }
}
