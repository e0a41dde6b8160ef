package dev.annals.logic.library.meta;

import dev.annals.model.MetadataField;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A metadata header at the top of a text file, in the forms corpora and scrapers write: YAML front matter between
 * {@code ---} lines, {@code # key = value} comment lines (CoNLL-U style), or {@code Key: value} lines. Blank lines
 * may come before it. A block of comment or key lines ends at the first line that is not one (a blank line
 * followed by another key line does not end it), and must name at least one key Annals knows, so that an article
 * opening with "Hà Nội: …" is not taken for a header. Unknown keys are kept.
 *
 * @param fields    the keys and values in the order written
 * @param bodyStart the index of the first line after the header
 */
public record TextHeader(List<MetadataField> fields, int bodyStart) {

    private static final int MAX_LEADING_BLANKS = 20;
    private static final int MAX_LINES = 200;
    private static final Pattern COMMENT = Pattern.compile("^#+\\s*(\\p{L}[^=#]{0,39}?)\\s*=\\s*(.*)$");
    private static final Pattern COMMENT_MARKER = Pattern.compile("^#+\\s*(?:newpar|newdoc)\\b.*$");
    private static final Pattern KEY_LINE = Pattern.compile(
            "^[*_]{0,2}(\\p{L}[\\p{L}\\p{M} _./-]{0,39}?)[*_]{0,2}\\s*[:：][*_]{0,2}\\s*(.*)$");
    private static final Pattern YAML_LINE = Pattern.compile("^([\\p{L}\\p{N}_][\\p{L}\\p{M}\\p{N} _./-]{0,59}?)\\s*:(?:\\s+(.*)|)$");
    private static final int MAX_KEY_WORDS = 4;
    private static final int MAX_UNKNOWN_VALUE = 200;

    public TextHeader {
        fields = List.copyOf(fields);
    }

    /** The header the lines start with, if any. Cheap when there is none: it looks at the first non-blank line. */
    public static Optional<TextHeader> read(List<String> lines) {
        int first = 0;
        while (first < lines.size() && first < MAX_LEADING_BLANKS && lines.get(first).isBlank()) first++;
        if (first >= lines.size()) return Optional.empty();
        String line = lines.get(first).strip();
        if (line.isEmpty()) return Optional.empty();
        if (line.equals("---")) return frontMatter(lines, first);
        if (line.charAt(0) == '#') return block(lines, first, true);
        int colon = Math.max(line.indexOf(':'), line.indexOf('：'));
        if (colon > 0 && colon < 64) return block(lines, first, false);
        return Optional.empty();
    }

    private static Optional<TextHeader> frontMatter(List<String> lines, int open) {
        List<MetadataField> fields = new ArrayList<>();
        for (int i = open + 1; i < Math.min(lines.size(), open + MAX_LINES); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.equals("---") || stripped.equals("...")) return Optional.of(new TextHeader(fields, i + 1));
            if (stripped.isEmpty() || stripped.startsWith("#")) continue;
            Matcher m = YAML_LINE.matcher(line);
            if (m.matches() && !Character.isWhitespace(line.charAt(0))) {
                fields.add(new MetadataField(m.group(1).strip(), unquote(m.group(2))));
            } else if (!fields.isEmpty()) {
                MetadataField last = fields.remove(fields.size() - 1);
                String item = stripped.startsWith("- ") ? unquote(stripped.substring(2)) : stripped;
                String joined = last.value().isEmpty() || last.value().equals("|") || last.value().equals(">") ? item
                        : last.value() + (stripped.startsWith("- ") ? ", " : " ") + item;
                fields.add(new MetadataField(last.key(), joined));
            }
        }
        return Optional.empty();
    }

    private static Optional<TextHeader> block(List<String> lines, int first, boolean comments) {
        List<MetadataField> fields = new ArrayList<>();
        boolean known = false;
        int i = first;
        int end = first;
        while (i < Math.min(lines.size(), first + MAX_LINES)) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                int next = nextNonBlank(lines, i);
                if (next < 0 || !isKnownKeyLine(lines.get(next).strip(), comments)) break;
                i = next;
                continue;
            }
            if (comments && COMMENT_MARKER.matcher(line).matches()) {
                end = ++i;
                continue;
            }
            MetadataField field = comments ? comment(line) : keyLine(line);
            if (field == null) break;
            fields.add(field);
            known |= HeaderKey.isKnown(field.key());
            end = ++i;
        }
        boolean enough = known || comments && fields.size() >= 2;
        return enough ? Optional.of(new TextHeader(fields, end)) : Optional.empty();
    }

    private static boolean isKnownKeyLine(String line, boolean comments) {
        MetadataField field = comments ? comment(line) : keyLine(line);
        return field != null && (comments || HeaderKey.isKnown(field.key()));
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < Math.min(lines.size(), from + MAX_LEADING_BLANKS); i++) {
            if (!lines.get(i).isBlank()) return i;
        }
        return -1;
    }

    private static MetadataField comment(String line) {
        Matcher m = COMMENT.matcher(line);
        return m.matches() ? new MetadataField(m.group(1).strip(), m.group(2).strip()) : null;
    }

    /**
     * A "Key: value" line: a key of at most four words without digits; "https://…" is not one. A key Annals does not
     * know must be one word or in capitals, with a short value: "Hà Nội: Thủ tướng …" opens an article.
     */
    public static MetadataField keyLine(String line) {
        Matcher m = KEY_LINE.matcher(line);
        if (!m.matches()) return null;
        String key = m.group(1).strip();
        String value = m.group(2) == null ? "" : m.group(2).strip();
        if (key.split("\\s+").length > MAX_KEY_WORDS || value.startsWith("//")) return null;
        if (!HeaderKey.isKnown(key)) {
            boolean keyLike = !key.contains(" ") || key.equals(key.toUpperCase(java.util.Locale.ROOT));
            if (!keyLike || value.isEmpty() || value.length() > MAX_UNKNOWN_VALUE) return null;
        }
        return new MetadataField(key, value);
    }

    private static String unquote(String value) {
        if (value == null) return "";
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            v = v.substring(1, v.length() - 1);
        }
        return v.strip();
    }
}
