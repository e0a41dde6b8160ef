package dev.annals.logic.library;

import dev.annals.model.DateSource;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files made the way corpora and scrapers write them, in every combination of header form, key spelling, date
 * form, BOM, blank lines, tabs and line endings: each one's date comes from its header and its title is never a
 * header line.
 */
class CorpusHeaderTest {

    private static final String[] BODIES = {
            "Chiều 21-10, Công an tỉnh tổ chức hội nghị tổng kết công tác năm.\n\nĐại tá Nguyễn Văn An chủ trì hội nghị.",
            "Ngày 3/2/2019, Bộ Công an tổ chức hội nghị trực tuyến.\n\nHội nghị đánh giá kết quả công tác.",
            "Sáng nay, lực lượng công an ra quân bảo đảm an ninh trật tự dịp Tết.\n\nHàng nghìn cán bộ tham gia.",
            "The provincial police held their annual review on Monday.\n\nThe director chaired the meeting."};
    private static final List<Function<PartialDate, String>> DATE_FORMS = List.of(
            d -> d.iso(),
            d -> d.iso() + "T15:55:00+07:00",
            d -> d.iso() + "T23:30:00Z",
            d -> String.format("%02d/%02d/%d %02d:%02d", d.day(), d.month(), d.year(), 15, 55),
            d -> String.format("%d/%d/%d", d.day(), d.month(), d.year()),
            d -> String.format("%d-%d-%d", d.day(), d.month(), d.year()),
            d -> String.format("%d.%d.%d", d.day(), d.month(), d.year()),
            d -> String.format("%04d%02d%02d", d.year(), d.month(), d.day()),
            d -> String.format("%04d%02d%02d153000", d.year(), d.month(), d.day()),
            d -> String.format("ngày %d tháng %d năm %d", d.day(), d.month(), d.year()),
            d -> String.format("Thứ Tư, %02d/%02d/%d - 10:32", d.day(), d.month(), d.year()),
            d -> String.format("Cập nhật lúc 10:32 %02d/%02d/%d", d.day(), d.month(), d.year()),
            d -> String.format("%s %d, %d", java.time.Month.of(d.month()).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH), d.day(), d.year()),
            d -> String.format("%d %s %d", d.day(), java.time.Month.of(d.month()).getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH), d.year()));
    private static final String[][] DATE_KEYS = {{"date", "Date", "DATE"}, {"time", "TIME", "Time"}, {"ngày", "Ngày", "NGÀY", "ngay"},
            {"thời gian", "Thời gian", "THOI GIAN"}, {"ngày đăng", "Ngày đăng", "NGAY_DANG", "ngay-dang"}, {"published", "Published", "PUBLISHED"}};
    private static final String[][] TITLE_KEYS = {{"title", "Title", "TITLE"}, {"tiêu đề", "Tiêu đề", "TIEU DE"}};

    @Test
    void everyHeaderFormGivesTheDateAndTheTitle() throws Exception {
        Random random = new Random(20131022);
        int files = 0;
        List<String> wrong = new ArrayList<>();
        for (int form = 0; form < 3; form++) {
            for (int n = 0; n < 200; n++, files++) {
                PartialDate date = PartialDate.ofDay(2000 + random.nextInt(25), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String dateValue = DATE_FORMS.get(random.nextInt(DATE_FORMS.size())).apply(date);
                String dateKey = pick(random, DATE_KEYS[random.nextInt(DATE_KEYS.length)]);
                String titleKey = pick(random, TITLE_KEYS[random.nextInt(TITLE_KEYS.length)]);
                String title = "Bài số " + n + " về hội nghị tổng kết";
                String header = switch (form) {
                    case 0 -> "# doc_id = " + n + "\n# " + dateKey + " = " + dateValue + "\n# " + titleKey + " = " + title + "\n";
                    case 1 -> titleKey + ":" + (random.nextBoolean() ? "\t" : " ") + title + "\n" + (random.nextBoolean() ? "\n" : "")
                            + dateKey + ": " + dateValue + "\nSOURCE: Báo Mẫu\nURL: https://vnexpress.net/bai-" + n + ".html\n";
                    default -> "---\n" + titleKey + ": \"" + title + "\"\n" + dateKey + ": " + dateValue + "\ntags: [a, b]\n---\n";
                };
                String text = (random.nextBoolean() ? "\n\n" : "") + header + "\n" + BODIES[random.nextInt(BODIES.length)];
                if (random.nextBoolean()) text = text.replace("\n", "\r\n");
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                if (random.nextBoolean()) bytes = withBom(bytes);
                DocumentMetadata m = new ArticleParser().parse("f" + n + ".txt", bytes).metadata();
                boolean right = date.equals(m.date()) && m.dateSource() == DateSource.HEADER && title.equals(m.title());
                if (!right) wrong.add(dateKey + " = " + dateValue + " → " + m.date() + " / " + m.title());
            }
        }
        assertThat(files).isEqualTo(600);
        assertThat(wrong).isEmpty();
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static byte[] withBom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }
}
