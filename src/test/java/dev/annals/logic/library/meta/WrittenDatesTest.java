package dev.annals.logic.library.meta;

import dev.annals.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WrittenDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "2023-03-05|2023-03-05",
            "2023-03-05T10:00:00+07:00|2023-03-05",
            "2023-03-05T23:30:00Z|2023-03-05",
            "2023-03-05T23:30:00-05:00|2023-03-05",
            "2023-03-05 10:00:00|2023-03-05",
            "2023/03/05|2023-03-05",
            "20230305|2023-03-05",
            "20230305103000|2023-03-05",
            "202303051030|2023-03-05",
            "05/03/2023|2023-03-05",
            "5/3/2023 10:32|2023-03-05",
            "22/10/2013 15:55|2013-10-22",
            "5-3-2023|2023-03-05",
            "5.3.2023|2023-03-05",
            "03/25/2023|2023-03-25",
            "ngày 5 tháng 3 năm 2023|2023-03-05",
            "Ngày 05 tháng 03 năm 2023|2023-03-05",
            "NGAY 5 THANG 3 NAM 2023|2023-03-05",
            "Thứ Tư, 20/11/2024|2024-11-20",
            "Thứ tư, 20/11/2024 - 14:05 (GMT+7)|2024-11-20",
            "Cập nhật lúc 10:32 05/03/2023|2023-03-05",
            "March 5, 2023|2023-03-05",
            "Mar. 5, 2023|2023-03-05",
            "5 Mar 2023|2023-03-05",
            "5th March 2023|2023-03-05",
            "Sunday, March 5th, 2023 at 10:00 AM|2023-03-05",
            "Sun, 05 Mar 2023 10:00:00 +0700|2023-03-05",
            "5. März 2023|2023-03-05",
            "5 de marzo de 2023|2023-03-05",
            "1er mars 2023|2023-03-01",
            "2023年3月5日|2023-03-05",
            "2021-06|2021-06",
            "tháng 6/2021|2021-06",
            "Tháng 6 năm 2021|2021-06",
            "June 2021|2021-06",
            "2020|2020",
            "22nd of October 2013|2013-10-22",
            "22/10/13 15:55|2013-10-22",
            "TIME 05.03.99|1999-03-05"})
    void readsTheDateAsWritten(String written, String iso) {
        assertThat(WrittenDates.parse(written)).contains(PartialDate.parseIso(iso));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "10:32", "31/02/2023", "13/13/2023", "1234", "phone 0912345678", "version 1.2.3",
            "Hội nghị lần thứ 77", "12345678"})
    void findsNoDateWhereThereIsNone(String written) {
        assertThat(WrittenDates.parse(written)).isEmpty();
    }

    @Test
    void takesTheFirstDateWrittenAndItsPlace() {
        String text = "Cập nhật lúc 10:32 05/03/2023, sửa 06/03/2023";
        var found = WrittenDates.firstMatch(text, 0).orElseThrow();
        assertThat(found.date()).isEqualTo(PartialDate.ofDay(2023, 3, 5));
        assertThat(text.substring(found.start(), found.end())).isEqualTo("05/03/2023");
    }

    @Test
    void prefersTheFullDateWhereAMonthAndADayStartTogether() {
        assertThat(WrittenDates.parse("March 5, 2023")).contains(PartialDate.ofDay(2023, 3, 5));
        assertThat(WrittenDates.parse("tháng 3/2023")).contains(PartialDate.ofMonth(2023, 3));
    }
}
