package dev.annals.logic.library;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashingTest {

    private static final String ARTICLE = "Thứ Tư, 20/11/2024\nCông an xã gần dân\nHội nghị được tổ chức.";

    @Test
    void theWordsKeyIgnoresHowLinesAndParagraphsAreBroken() {
        String key = Hashing.wordsKey(ARTICLE);
        assertThat(Hashing.wordsKey("Thứ Tư, 20/11/2024\n\n\nCông an xã gần dân\r\n\r\nHội nghị được tổ chức.\n")).isEqualTo(key);
        assertThat(Hashing.wordsKey("  Thứ Tư, 20/11/2024 Công an xã\tgần dân Hội nghị được tổ chức.")).isEqualTo(key);
        assertThat(Hashing.wordsKey("Thứ\u00A0Tư, 20/11/2024\u2028Công an xã gần dân\nHội nghị được tổ\u200B chức.")).isEqualTo(key);
    }

    @Test
    void theWordsKeyTellsDifferentWordsApart() {
        String key = Hashing.wordsKey(ARTICLE);
        assertThat(Hashing.wordsKey(ARTICLE.replace("Tư", "Tứ"))).isNotEqualTo(key);
        assertThat(Hashing.wordsKey(ARTICLE.replace("gần dân", "gầndân"))).isNotEqualTo(key);
        assertThat(Hashing.wordsKey(ARTICLE + " Thêm.")).isNotEqualTo(key);
    }

    @Test
    void theTextHashStillTellsEveryCharacter() {
        assertThat(Hashing.sha256(ARTICLE)).isNotEqualTo(Hashing.sha256(ARTICLE.replace("\n", "\n\n")));
        assertThat(Hashing.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theWordsKeyIsTheHashOfTheWordsJoinedBySpacesForAnyTextLength() {
        StringBuilder text = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        String[] pieces = {"Công", "an", "xã", "\uD83D\uDE00", "\uD800", "\u00AD", "\u200B", "\u00A0", "\n\n", " ", "\t", "đồng", "ÂU", ".", "A"};
        for (int i = 0; i < 20_000; i++) text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
        for (String sample : new String[]{"", "   ", text.toString(), text.substring(0, 9000), ARTICLE}) {
            assertThat(Hashing.wordsKey(sample)).isEqualTo(Hashing.sha256(wordsJoined(sample)));
        }
    }

    /** The words key's definition, written plainly: the words in order, one space between them. */
    private static String wordsJoined(String text) {
        StringBuilder words = new StringBuilder();
        boolean gap = false;
        for (int cp : text.codePoints().toArray()) {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                gap = !words.isEmpty();
            } else if (cp != 0x200B && cp != 0xFEFF && cp != 0x00AD) {
                if (gap) words.append(' ');
                gap = false;
                words.appendCodePoint(cp);
            }
        }
        return words.toString();
    }
}
