package dev.annals.logic.library.html;

import java.util.ArrayList;
import java.util.List;

/** Builds test pages that imitate real layouts: navigation, sidebars, share bars, comments, related lists, footers. */
final class Pages {

    static final String[] VI = {
            "Chiều 21-10, Công an tỉnh tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả các mặt công tác và đề ra phương hướng, nhiệm vụ năm tới.",
            "Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh, nhấn mạnh lực lượng phải bám sát địa bàn, nắm chắc tình hình, không để bị động, bất ngờ.",
            "Trong năm, lực lượng Công an đã điều tra, khám phá nhiều vụ án, bắt giữ hàng trăm đối tượng, thu hồi tài sản có giá trị lớn cho Nhà nước.",
            "Hội nghị cũng biểu dương các tập thể, cá nhân có thành tích xuất sắc, đồng thời chỉ ra những hạn chế, tồn tại cần sớm khắc phục.",
            "Phát biểu bế mạc, Giám đốc Công an tỉnh yêu cầu các đơn vị quán triệt, triển khai quyết liệt các giải pháp ngay từ những ngày đầu năm.",
            "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết, thiết thực vào dự thảo báo cáo và chương trình công tác năm tới."};
    static final String[] EN = {
            "The provincial police held their annual review on Monday, assessing the year's work, the cases solved and the goals for next year.",
            "Colonel Nguyen Van An, the director, told officers to stay close to their districts, know the situation well and never be caught unprepared.",
            "Over the year, officers investigated many cases, arrested hundreds of suspects and recovered property of great value for the state.",
            "The meeting also praised units and individuals for outstanding work, and pointed to shortcomings that must be fixed soon.",
            "Closing the meeting, the director asked every unit to put the measures into practice from the first days of the new year.",
            "Delegates discussed the draft report at length, and many of their suggestions were taken into the programme for next year."};
    static final String[] ZH = {
            "省公安厅周一召开年度工作总结会议，评估全年工作成绩、侦破案件情况以及明年的工作目标和主要任务安排。",
            "阮文安上校在会上强调，各级公安要紧贴辖区，准确掌握情况，决不能在任何情况下陷入被动和措手不及。",
            "一年来，公安机关侦破了大量案件，抓获数百名犯罪嫌疑人，为国家追回了大量价值可观的财产和物资。",
            "会议还表彰了工作成绩突出的集体和个人，同时指出了存在的不足和问题，要求尽快加以整改和落实。",
            "在闭幕讲话中，厅长要求各单位从新年第一天起就把各项措施落到实处，确保各项工作任务顺利完成。",
            "与会代表对报告草案进行了深入讨论，提出的许多意见和建议已被吸收进明年的工作计划之中。"};

    private Pages() {
    }

    static String paragraphs(String[] texts) {
        StringBuilder out = new StringBuilder();
        for (String t : texts) out.append("<p>").append(t).append("</p>\n");
        return out.toString();
    }

    static String links(String cssClass, int n, String word) {
        StringBuilder out = new StringBuilder("<ul class=\"" + cssClass + "\">");
        for (int i = 1; i <= n; i++) out.append("<li><a href=\"/").append(i).append("\">").append(word).append(' ').append(i).append("</a></li>");
        return out.append("</ul>").toString();
    }

    static String menu(int n) {
        return "<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">Báo Mẫu</a></div><nav class=\"main-menu\">"
                + links("menu", n, "Chuyên mục") + "</nav></header>";
    }

    static String sidebar() {
        return "<aside class=\"sidebar\"><h3>Đọc nhiều</h3>" + links("most-read", 8, "Tin đọc nhiều nhất hôm nay, rất dài để có chữ")
                + "<div class=\"widget\"><p>Đăng ký nhận bản tin mỗi sáng, tin tức nóng nhất, gửi thẳng vào hộp thư của bạn.</p></div></aside>";
    }

    static String shareBar() {
        return "<div class=\"share-bar\"><a href=\"#\">Facebook</a> <a href=\"#\">Zalo</a> <a href=\"#\">Twitter</a> <span>Chia sẻ</span></div>";
    }

    static String comments() {
        return "<section id=\"comments\" class=\"comments-area\"><h3>Bình luận (3)</h3>"
                + "<div class=\"comment\"><p>Bạn đọc A: Bài viết rất hay, cảm ơn tác giả, mong có thêm nhiều bài như thế này nữa.</p></div>"
                + "<div class=\"comment\"><p>Bạn đọc B: Tôi đồng ý với ý kiến trên, lực lượng công an đã làm việc rất vất vả, đáng khen.</p></div>"
                + "<form class=\"comment-form\"><textarea></textarea><button>Gửi</button></form></section>";
    }

    static String related() {
        return "<div class=\"related-news\"><h3>Tin liên quan</h3>" + links("list", 5, "Công an tỉnh bạn tổ chức hội nghị tổng kết năm") + "</div>";
    }

    static String cookieBanner() {
        return "<div id=\"cookie-consent\" class=\"cookie-banner\"><p>Chúng tôi dùng cookie để cải thiện trải nghiệm của bạn trên trang,"
                + " phân tích lưu lượng truy cập và cá nhân hóa nội dung. Bằng cách tiếp tục, bạn đồng ý.</p><button>Đồng ý</button></div>";
    }

    static String footer() {
        return "<footer class=\"site-footer\"><p>© Báo Mẫu. Giấy phép số 123/GP-BTTTT, cấp ngày 1/1/2020. Tổng biên tập: Nguyễn Văn B."
                + " Địa chỉ: số 1 phố X, Hà Nội. Điện thoại: 024 0000 0000.</p>" + links("footer-links", 12, "Liên hệ") + "</footer>";
    }

    static String page(String head, String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
    }

    static List<String> words(String text) {
        return new ArrayList<>(List.of(text.split("\\s+")));
    }
}
