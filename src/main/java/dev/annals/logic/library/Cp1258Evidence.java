package dev.annals.logic.library;

import java.nio.charset.Charset;

/**
 * Decides whether bytes that are not valid UTF-8 are legacy Vietnamese Windows-1258. The rule is strict so that a
 * UTF-8 file with a few damaged bytes is never reinterpreted: almost no high byte may form a valid UTF-8 sequence,
 * nearly all high bytes must be Vietnamese letters, tone marks or common punctuation in Windows-1258, and at least
 * one combining tone mark must follow a letter (Vietnamese written in Windows-1258 always has them).
 */
final class Cp1258Evidence {

    static final Charset CP1258 = Charset.forName("windows-1258");
    private static final String LETTERS = "ÀÁÂĂÈÉÊÌÍÒÓÔƠÙÚƯÝĐàáâăèéêìíòóôơùúưýđ";
    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
    private static final String PUNCTUATION = "\u00A0‘’“”–—…•«»°";
    private static final String HIGH_BYTE_CHARS = highByteChars();

    private Cp1258Evidence() {
    }

    static boolean looksLikeCp1258(byte[] bytes, Utf8Scan scan) {
        if (scan.invalidBytes() == 0 || scan.validMultiByte() * 10 >= scan.invalidBytes()) return false;
        int high = 0;
        int plausible = 0;
        int tonesAfterLetter = 0;
        char previous = ' ';
        for (byte b : bytes) {
            char c = (b & 0x80) == 0 ? (char) b : HIGH_BYTE_CHARS.charAt((b & 0xFF) - 0x80);
            if ((b & 0x80) != 0) {
                high++;
                if (LETTERS.indexOf(c) >= 0 || TONE_MARKS.indexOf(c) >= 0 || PUNCTUATION.indexOf(c) >= 0) plausible++;
                if (TONE_MARKS.indexOf(c) >= 0 && Character.isLetter(previous)) tonesAfterLetter++;
            }
            previous = c;
        }
        return tonesAfterLetter > 0 && plausible * 10 >= high * 9;
    }

    private static String highByteChars() {
        byte[] high = new byte[128];
        for (int i = 0; i < 128; i++) high[i] = (byte) (0x80 + i);
        return new String(high, CP1258);
    }
}
