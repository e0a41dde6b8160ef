package dev.annals.logic.library;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeIndexTest {

    private static final List<String> OFFICES = List.of("Thượng tướng", "Thượng tá", "Thủ tướng", "Phó Thủ tướng", "Chủ tịch",
            "Chủ tịch nước", "Phó Chủ tịch nước", "Tư lệnh", "Phó Tư lệnh", "Chính ủy", "Bộ trưởng");
    private final OfficeIndex index = new OfficeIndex(OFFICES);

    @Test
    void findsTheLongestOfficeAtTheStartOfAWordAndNotInsideOne() {
        String lower = "hôm qua, phó chủ tịch nước và chủ tịch tỉnh, thủ tướng; thượng tướngx và athủ tướng tư lệnh";
        int[] spans = index.spans(lower);
        List<String> found = new ArrayList<>();
        for (int k = 0; k < spans.length; k += 2) found.add(lower.substring(spans[k], spans[k + 1]));
        assertThat(found).containsExactly("phó chủ tịch nước", "chủ tịch", "thủ tướng", "tư lệnh");
        assertThat(index.end("thủ tướng nguyễn", 0)).isEqualTo("thủ tướng".length());
        assertThat(index.end("thủ đô", 0)).isEqualTo(-1);
        assertThat(index.end("  thủ tướng", 0)).isEqualTo(-1);
    }

    @Test
    void findsWhatComparingEveryOfficeAtEveryWordFinds() {
        String[] pieces = {"thượng", "tướng", "tá", "thủ", "phó", "chủ", "tịch", "nước", "tư", "lệnh", "chính", "ủy", "bộ",
                "trưởng", "công", "an", "t", "th", ",", ".", "\n", "-", "thượngtướng", "ủyban"};
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 300; i++) text.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            String lower = text.toString();
            assertThat(index.spans(lower)).as(lower).isEqualTo(plainSpans(lower));
        }
    }

    /** The definition, done the slow way: at each word, every office longest first, ending where a word ends. */
    private static int[] plainSpans(String lower) {
        List<String> offices = OFFICES.stream().map(o -> o.toLowerCase(Locale.ROOT)).sorted((a, b) -> b.length() - a.length()).toList();
        int[] spans = new int[0];
        int i = 0;
        while (i < lower.length()) {
            if (!Character.isLetter(lower.charAt(i))) {
                i++;
                continue;
            }
            int found = -1;
            for (String office : offices) {
                int end = i + office.length();
                if (lower.startsWith(office, i) && (end == lower.length() || !Character.isLetter(lower.charAt(end)))) {
                    found = end;
                    break;
                }
            }
            if (found < 0) {
                while (i < lower.length() && Character.isLetter(lower.charAt(i))) i++;
                continue;
            }
            spans = Arrays.copyOf(spans, spans.length + 2);
            spans[spans.length - 2] = i;
            spans[spans.length - 1] = found;
            i = found;
        }
        return spans;
    }
}
