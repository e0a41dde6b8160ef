package dev.annals.logic.library;

import java.util.Locale;

/** Lower case that keeps every index of the original text, so positions found in it hold in the original. */
final class LowerCase {

    private LowerCase() {
    }

    static String of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.length() == text.length() ? lower : charByChar(text);
    }

    private static String charByChar(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) chars[i] = Character.toLowerCase(chars[i]);
        return new String(chars);
    }
}
