package dev.annals.ui.library;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for matching: lower case, tone and other marks removed, đ/Đ read as d ("Đảng" matches "dang"). */
final class ToneFolding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private ToneFolding() {
    }

    static String fold(String text) {
        if (text == null) return "";
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'd').toLowerCase(Locale.ROOT);
    }
}
