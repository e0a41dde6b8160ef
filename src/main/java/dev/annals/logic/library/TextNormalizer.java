package dev.annals.logic.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The normalisation every imported text goes through: one line-ending style, no invisible or control characters,
 * NFC (so Windows-1258's combining tone marks are composed), no trailing spaces, at most one blank line in a row.
 */
public final class TextNormalizer {

    private static final String REMOVED = "\uFEFF\u200B\u00AD\u2060\u200E\u200F";
    private static final String SPACES = "\u00A0\u2007\u202F";

    private TextNormalizer() {
    }

    /** The lines of the text, each cleaned and without trailing spaces; blank lines are kept (as ""). */
    static List<String> lines(String raw) {
        String unified = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u0085', '\n').replace('\u2028', '\n')
                .replace("\u2029", "\n\n");
        String composed = Normalizer.normalize(clean(unified), Normalizer.Form.NFC);
        List<String> lines = new ArrayList<>();
        for (String line : composed.split("\n", -1)) lines.add(stripTrailing(line));
        return lines;
    }

    /** Joins lines with at most one blank line in a row and none at the start or the end. */
    static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        boolean pendingBlank = false;
        for (String line : lines) {
            if (line.isBlank()) {
                pendingBlank = true;
                continue;
            }
            if (!out.isEmpty()) out.append(pendingBlank ? "\n\n" : "\n");
            out.append(out.isEmpty() ? line.stripLeading() : line);
            pendingBlank = false;
        }
        return out.toString();
    }

    public static String normalize(String raw) {
        return join(lines(raw));
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isPlainLetterOrAscii(cp)) out.append((char) cp);
            else if (cp == '\n' || cp == '\t') out.append((char) cp);
            else if (cp == 0x0B || cp == 0x0C) out.append('\n');
            else if (SPACES.indexOf(cp) >= 0) out.append(' ');
            else if (REMOVED.indexOf(cp) < 0 && Character.getType(cp) != Character.CONTROL) out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** Printable ASCII and the Latin letters up to U+1FFF (Vietnamese included): kept as they are, checked first for speed. */
    private static boolean isPlainLetterOrAscii(int cp) {
        return cp >= 0x20 && cp < 0x7F || cp > 0xAD && cp < 0x2000;
    }

    private static String stripTrailing(String line) {
        int end = line.length();
        while (end > 0 && (Character.isWhitespace(line.charAt(end - 1)) || Character.isSpaceChar(line.charAt(end - 1)))) end--;
        return line.substring(0, end);
    }
}
