package dev.annals.logic.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class FoldingTest {

    /** Each row: a vowel with no tone, huyền, sắc, hỏi, ngã, nặng — lower case, then upper case. */
    @ParameterizedTest
    @CsvSource({
            "aàáảãạ, AÀÁẢÃẠ, a", "ăằắẳẵặ, ĂẰẮẲẴẶ, a", "âầấẩẫậ, ÂẦẤẨẪẬ, a",
            "eèéẻẽẹ, EÈÉẺẼẸ, e", "êềếểễệ, ÊỀẾỂỄỆ, e",
            "iìíỉĩị, IÌÍỈĨỊ, i",
            "oòóỏõọ, OÒÓỎÕỌ, o", "ôồốổỗộ, ÔỒỐỔỖỘ, o", "ơờớởỡợ, ƠỜỚỞỠỢ, o",
            "uùúủũụ, UÙÚỦŨỤ, u", "ưừứửữự, ƯỪỨỬỮỰ, u",
            "yỳýỷỹỵ, YỲÝỶỸỴ, y"})
    void foldsEveryVowelWithEveryToneMarkInBothCases(String lower, String upper, String base) {
        assertThat(lower.codePointCount(0, lower.length())).isEqualTo(6);
        assertThat(Normalizer.isNormalized(lower + upper, Normalizer.Form.NFC)).isTrue();
        assertThat(Folding.fold(lower)).isEqualTo(base.repeat(6));
        assertThat(Folding.fold(upper)).isEqualTo(base.repeat(6));
    }

    @Test
    void foldsDStrokeToD() {
        assertThat(Folding.fold("đĐ")).isEqualTo("dd");
        assertThat(Folding.fold("Đảng")).isEqualTo("dang");
        assertThat(Folding.fold("Công an")).isEqualTo("cong an");
    }

    @Test
    void keepsTheLengthInCodePoints() {
        String text = "Bộ Công an 😃 tổ chức Hội nghị 𝒜𝒷 năm 2021 – ĐẢNG ỦY ﬁ ß İ";
        String folded = Folding.fold(text);
        assertThat(folded.codePointCount(0, folded.length())).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(folded).startsWith("bo cong an 😃 to chuc hoi nghi");
    }

    @Test
    void keepsAstralCharactersAsOneCodePoint() {
        assertThat(Folding.fold("😃")).isEqualTo("😃");
        assertThat(Folding.foldCodePoint("𐐀".codePointAt(0))).isEqualTo("𐐨".codePointAt(0));
    }

    @Test
    void keepsCharactersWithoutASingleBaseLetter() {
        assertThat(Folding.fold("한국 ﬁ 2020")).isEqualTo("한국 ﬁ 2020");
    }

    @Test
    void foldsEveryBmpCodePointToOneCodePoint() {
        for (int cp = 0; cp <= Character.MAX_VALUE; cp++) {
            if (Character.isSurrogate((char) cp)) continue;
            String folded = Folding.fold(new String(Character.toChars(cp)));
            assertThat(folded.codePointCount(0, folded.length())).as("U+%04X", cp).isEqualTo(1);
        }
    }
}
