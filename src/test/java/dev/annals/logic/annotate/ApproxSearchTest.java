package dev.annals.logic.annotate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ApproxSearchTest {

    @Test
    void bitParallelSearchAgreesWithPlainDynamicProgrammingOnRandomTexts() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            int[] text = randomCodePoints(random, 1 + random.nextInt(400));
            int[] pattern = random.nextBoolean() ? slice(text, random) : randomCodePoints(random, 1 + random.nextInt(150));
            int maxErrors = random.nextInt(pattern.length + 1);

            List<Integer> expectedEnds = new ArrayList<>();
            int expectedErrors = oracle(text, pattern, maxErrors, expectedEnds);
            List<ApproxSearch.Match> actual = ApproxSearch.search(text, pattern, maxErrors);

            assertThat(actual).extracting(ApproxSearch.Match::end).containsExactlyElementsOf(expectedEnds);
            assertThat(actual).allMatch(m -> m.errors() == expectedErrors);
        }
    }

    @Test
    void findsVietnameseAndAstralCodePointsAsSingleUnits() {
        int[] text = Anchorer.cp("Hội nghị 📖 Công an xã chính quy");
        List<ApproxSearch.Match> matches = ApproxSearch.search(text, Anchorer.cp("Cong an xa"), 5);

        assertThat(matches).allMatch(m -> m.errors() == 2 && m.start() == 11);
        assertThat(matches).extracting(m -> new String(text, m.start(), m.end() - m.start())).contains("Công an xã");
    }

    /** Sellers' dynamic programming: the lowest error count over end positions, and those ends. */
    private static int oracle(int[] text, int[] pattern, int maxErrors, List<Integer> ends) {
        int m = pattern.length;
        int[] column = new int[m + 1];
        for (int i = 0; i <= m; i++) column[i] = i;
        int best = maxErrors;
        for (int j = 0; j < text.length; j++) {
            int diagonal = 0;
            for (int i = 1; i <= m; i++) {
                int up = column[i];
                column[i] = Math.min(diagonal + (pattern[i - 1] == text[j] ? 0 : 1), Math.min(up + 1, column[i - 1] + 1));
                diagonal = up;
            }
            if (column[m] <= best) {
                if (column[m] < best) ends.clear();
                best = column[m];
                ends.add(j + 1);
            }
        }
        return best;
    }

    private static int[] randomCodePoints(Random random, int length) {
        int[] alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxy ".codePoints().toArray();
        int[] out = new int[length];
        for (int i = 0; i < length; i++) out[i] = random.nextInt(20) == 0 ? 0x1F4D6 : alphabet[random.nextInt(random.nextBoolean() ? 4 : alphabet.length)];
        return out;
    }

    private static int[] slice(int[] text, Random random) {
        int from = random.nextInt(text.length);
        int to = Math.min(text.length, from + 1 + random.nextInt(140));
        int[] out = java.util.Arrays.copyOfRange(text, from, to);
        if (out.length > 2) out[random.nextInt(out.length)] = 'z';
        return out;
    }
}
