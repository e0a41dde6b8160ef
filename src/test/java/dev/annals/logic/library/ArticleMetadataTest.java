package dev.annals.logic.library;

import dev.annals.model.ConferenceKind;
import org.junit.jupiter.api.Test;

import static dev.annals.logic.library.Articles.metadata;
import static org.assertj.core.api.Assertions.assertThat;

class ArticleMetadataTest {

    @Test
    void titleIsTheHeadlineNotTheDateLine() {
        assertThat(metadata("Thứ Tư, 20/11/2024\nCông an xã gần dân, sát dân\n\nNội dung bài báo.").title()).isEqualTo("Công an xã gần dân, sát dân");
    }

    @Test
    void titleSkipsAnAllCapitalsSloganAboveTheHeadline() {
        assertThat(metadata("“ĐOÀN KẾT – DÂN CHỦ – KỶ CƯƠNG”\nCông an xã gần dân, sát dân\n\nNội dung bài báo.").title())
                .isEqualTo("Công an xã gần dân, sát dân");
    }

    @Test
    void titleMayBeWrittenInCapitals() {
        assertThat(metadata("HỘI NGHỊ CÔNG AN TOÀN QUỐC LẦN THỨ 77\n\nNội dung bài báo dài.").title()).isEqualTo("HỘI NGHỊ CÔNG AN TOÀN QUỐC LẦN THỨ 77");
    }

    @Test
    void titleOfAnArticleWithoutHeadlineIsItsFirstSentenceWithoutSourceAndDateline() {
        assertThat(metadata("date 2021-06 Ngày 21/6, Bộ Công an tổ chức hội nghị sơ kết. Chủ tịch nước dự.").title())
                .isEqualTo("Bộ Công an tổ chức hội nghị sơ kết");
        assertThat(metadata("(Tổ Quốc) - sáng nay Bộ Công an họp. Tiếp theo.").title()).isEqualTo("Sáng nay Bộ Công an họp");
    }

    @Test
    void longDerivedTitleIsCutAtAWordBoundaryAndClosesItsQuote() {
        String sentence = "Theo Bộ trưởng, \"nơi nào còn băng, nhóm tội phạm thì lực lượng Công an nơi đó không hoàn thành nhiệm vụ."
                + " Trách nhiệm của lực lượng Công an là phải triệt xóa bằng được các băng nhóm tội phạm\".";
        String title = metadata("(Tổ Quốc) - " + sentence).title();
        assertThat(title).startsWith("Theo Bộ trưởng, \"nơi nào").endsWith("…\"");
        assertThat(title.codePointCount(0, title.length())).isLessThanOrEqualTo(TitleExtractor.CUT_AT + 2);
        assertThat(title.charAt(title.length() - 3)).isNotEqualTo(' ');
    }

    @Test
    void sourceFromALeadingParenthesis() {
        assertThat(metadata("(Tổ Quốc) - Bộ trưởng phát biểu.").source()).isEqualTo("Tổ Quốc");
    }

    @Test
    void sourceFromANguonLine() {
        assertThat(metadata("Tiêu đề bài báo này\n\nNội dung.\n\nNguồn: Cổng TTĐT BCA\n\nGửi cho bạn bè").source()).isEqualTo("Cổng TTĐT BCA");
        assertThat(metadata("Tiêu đề bài báo này\n\nNội dung.\n\nNguồn Cổng Thông tin Bộ Công an").source()).isEqualTo("Cổng Thông tin Bộ Công an");
    }

    @Test
    void sourceFromATheoLineAtTheEnd() {
        assertThat(metadata("Tiêu đề bài báo này\n\nNội dung.\n\nTheo TTXVN").source()).isEqualTo("TTXVN");
        assertThat(metadata("Tiêu đề bài báo này\n\nNội dung.\n\n(Theo Báo Công an nhân dân)").source()).isEqualTo("Báo Công an nhân dân");
    }

    @Test
    void noSourceFromASentenceStartingWithTheo() {
        assertThat(metadata("Tiêu đề bài báo này\n\nTheo Bộ trưởng, tình hình còn phức tạp, khó lường.").source()).isNull();
    }

    @Test
    void findsPeopleWithRankOrOfficeOncePerName() {
        String text = "Tiêu đề bài báo này\n\nĐại tướng Tô Lâm, Bộ trưởng Bộ Công an chủ trì. Chủ tịch nước Nguyễn Xuân Phúc dự. "
                + "Bộ trưởng Tô Lâm phát biểu. Thủ tướng Chính phủ Nguyễn Xuân Phúc chỉ đạo. Thiếu tướng Đặng Hồng Đức, Chánh Văn phòng, báo cáo. "
                + "Đồng chí Tổng bí thư, Chủ tịch nước Tô Lâm.";
        assertThat(metadata(text).people())
                .containsExactly("Đại tướng Tô Lâm", "Chủ tịch nước Nguyễn Xuân Phúc", "Thiếu tướng Đặng Hồng Đức");
    }

    @Test
    void findsANameAfterTheBodyOfTheOffice() {
        assertThat(metadata("Tiêu đề bài báo này\n\nBộ trưởng Bộ Công an Lương Tam Quang phát biểu.").people())
                .containsExactly("Bộ trưởng Bộ Công an Lương Tam Quang");
    }

    @Test
    void prefersARankToAnOfficeForTheSamePerson() {
        assertThat(metadata("Tiêu đề bài báo này\n\nBộ trưởng Tô Lâm phát biểu. Đại tướng Tô Lâm kết luận.").people())
                .containsExactly("Đại tướng Tô Lâm");
    }

    @Test
    void noPersonWithoutAName() {
        assertThat(metadata("Tiêu đề bài báo này\n\nBộ trưởng yêu cầu Công an các đơn vị. Thủ tướng Chính phủ phát động phong trào.").people()).isEmpty();
    }

    @Test
    void kindSixMonthReview() {
        assertThat(metadata("Tiêu đề bài báo này\n\nHội nghị sơ kết công tác công an 6 tháng đầu năm 2020.").kind())
                .isEqualTo(ConferenceKind.SIX_MONTH_REVIEW);
    }

    @Test
    void kindAnnualNationalConference() {
        assertThat(metadata("Tiêu đề bài báo này\n\nHội nghị Công an toàn quốc lần thứ 77 đã kết thúc. Tiến tới sơ kết 6 tháng.").kind())
                .isEqualTo(ConferenceKind.ANNUAL_NATIONAL);
    }

    @Test
    void kindThematicReviewFromASentenceAboutTheConference() {
        String text = "Tiêu đề bài báo này\n\nHội nghị được tổ chức trực tuyến đến các địa phương.\n\nẢnh.\n\n"
                + "Trình bày báo cáo sơ kết 2 năm thực hiện Nghị quyết số 12 tại Hội nghị, Thiếu tướng cho biết.";
        assertThat(metadata(text).kind()).isEqualTo(ConferenceKind.THEMATIC_REVIEW);
        assertThat(metadata("Tiêu đề bài báo này\n\nHội nghị tổng kết 10 năm thi hành Luật Cư trú.").kind()).isEqualTo(ConferenceKind.THEMATIC_REVIEW);
    }

    @Test
    void kindIgnoresReviewsMentionedOutsideTheConference() {
        String text = "Tiêu đề bài báo này\n\nHội nghị được tổ chức tại Hà Nội.\n\nẢnh.\n\nCác đơn vị sơ kết, tổng kết các Nghị quyết.";
        assertThat(metadata(text).kind()).isEqualTo(ConferenceKind.OTHER);
    }

    @Test
    void kindOnlineConference() {
        assertThat(metadata("Tiêu đề bài báo này\n\nBộ Công an tổ chức Hội nghị trực tuyến về phòng, chống dịch Covid-19.").kind())
                .isEqualTo(ConferenceKind.ONLINE);
    }

    @Test
    void noKindForAnArticleThatIsNotAboutAConference() {
        assertThat(metadata("Tiêu đề bài báo này\n\nMưa lớn ở miền Trung.").kind()).isNull();
    }
}
