package dev.annals.logic.export;

/** Makes user text safe for the places it is written to. */
final class TextSafety {

    private TextSafety() {
    }

    /**
     * A spreadsheet would run a cell that starts with = + - @ (or tab / CR, which some programs skip before such
     * a sign) as a formula; a leading apostrophe makes it plain text.
     */
    static String neutraliseFormula(String cell) {
        if (cell == null || cell.isEmpty()) return cell == null ? "" : cell;
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
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

    /** Escapes Markdown syntax so that quoted text shows as written. */
    static String markdown(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~' -> out.append('\\').append(c);
                case '#', '-', '+', '=' -> out.append(lineStart ? "\\" : "").append(c);
                default -> out.append(c);
            }
            lineStart = c == '\n' || (lineStart && (c == ' ' || c == '\t'));
        }
        return out.toString();
    }

    /** A Markdown table cell: escaped and on one line. */
    static String markdownCell(String text) {
        return markdown(text).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
