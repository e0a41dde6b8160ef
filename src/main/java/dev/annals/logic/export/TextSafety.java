package dev.annals.logic.export;

/** Makes user text safe for the places it is written to. */
public final class TextSafety {

    private TextSafety() {
    }

    /**
     * A spreadsheet would run a cell that starts with = + - @ (or tab / CR, which some programs skip before such
     * a sign) as a formula; a leading apostrophe makes it plain text. A cell that already starts with an
     * apostrophe gets one more, so that the reader's rule has no exception: strip exactly one leading apostrophe.
     */
    public static String neutraliseFormula(String cell) {
        if (cell == null || cell.isEmpty()) return cell == null ? "" : cell;
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', '\'' -> "'" + cell;
            default -> cell;
        };
    }

    /** Drops the characters XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF). */
    static String xml(String text) {
        if (text == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (ok && out != null) out.appendCodePoint(cp);
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /**
     * Escapes Markdown syntax so that quoted text shows as written in any CommonMark reader: punctuation that could
     * start emphasis, links, HTML or an entity ({@code &amp;} stays five characters), block markers at the start of
     * a line (headings, lists, including "1." and "1)"), and leading spaces, which would make an indented code block.
     */
    public static String markdown(String text) {
        if (text == null) return "";
        return isPlainMarkdown(text) ? text : escapeMarkdown(text);
    }

    static String escapeMarkdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean lineStart = true;
        boolean leading = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (leading && (c == ' ' || c == '\t')) {
                out.append(c == ' ' ? "&#32;" : "&#9;");
                continue;
            }
            leading = false;
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&' -> out.append('\\').append(c);
                case '#', '-', '+', '=' -> out.append(lineStart ? "\\" : "").append(c);
                default -> {
                    if (lineStart && c >= '0' && c <= '9') i = orderedListMarker(text, i, out) - 1;
                    else out.append(c);
                }
            }
            lineStart = c == '\n' || c == '\r';
            leading = lineStart;
        }
        return out.toString();
    }

    /**
     * True when {@link #markdown} would change nothing: no character it escapes, no line that starts with a space, a
     * tab, a digit or a block marker. Most quotes are such plain prose; an export writes 100,000 of them.
     */
    private static boolean isPlainMarkdown(String text) {
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&' -> {
                    return false;
                }
                default -> {
                    if (lineStart && (c == ' ' || c == '\t' || c == '#' || c == '-' || c == '+' || c == '='
                            || (c >= '0' && c <= '9'))) return false;
                }
            }
            lineStart = c == '\n' || c == '\r';
        }
        return true;
    }

    /** Copies the digits at {@code from}; a "." or ")" right after them is escaped. Returns where it stopped. */
    private static int orderedListMarker(String text, int from, StringBuilder out) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') out.append(text.charAt(i++));
        if (i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ')')) out.append('\\').append(text.charAt(i++));
        return i;
    }

    /** A Markdown table cell: escaped and on one line. */
    public static String markdownCell(String text) {
        return markdown(text).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
