package dev.annals.logic.library.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus file in CoNLL-U, one token per row under {@code # key = value} comments, read back as the article it
 * holds: the document's comments become a metadata header, and the text is rebuilt from each sentence's
 * {@code # text =} line (or from its tokens when there is none), a paragraph at each {@code # newpar}, else one per
 * sentence.
 */
public final class ConlluText {

    private static final int LOOK_AHEAD = 60;
    private static final Pattern TOKEN_ROW = Pattern.compile("^\\d+(?:[-.]\\d+)?\\t");
    private static final Pattern COMMENT = Pattern.compile("^#\\s*([^=]+?)\\s*=\\s*(.*)$");
    private static final Pattern SENTENCE_KEY = Pattern.compile("sent_id|text(?:_\\w+)?|translit|newpar(?:\\s+id)?");
    private static final Pattern NO_SPACE_BEFORE = Pattern.compile("^[.,;:!?%)\\]}”’…]+$");

    private ConlluText() {
    }

    /** The lines of the article a CoNLL-U file holds, or empty when the lines are not CoNLL-U. */
    public static Optional<List<String>> read(List<String> lines) {
        if (!looksLikeConllu(lines)) return Optional.empty();
        List<String> header = new ArrayList<>();
        List<String> body = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        Tokens tokens = new Tokens();
        String sentenceText = null;
        boolean seenToken = false;
        boolean marksParagraphs = lines.stream().anyMatch(l -> l.startsWith("# newpar"));
        for (String line : lines) {
            if (line.startsWith("#")) {
                Matcher m = COMMENT.matcher(line);
                String key = m.matches() ? m.group(1).strip() : line.substring(1).strip();
                if (key.startsWith("newpar")) flush(paragraph, body);
                else if (m.matches() && key.equals("text")) sentenceText = m.group(2).strip();
                else if (!seenToken && m.matches() && !SENTENCE_KEY.matcher(key).matches()) header.add("# " + key + " = " + m.group(2).strip());
            } else if (TOKEN_ROW.matcher(line).find()) {
                seenToken = true;
                tokens.add(line.split("\\t", -1));
            } else if (line.isBlank() && (sentenceText != null || !tokens.isEmpty())) {
                endSentence(paragraph, sentenceText != null ? sentenceText : tokens.take(), marksParagraphs, body);
                sentenceText = null;
                tokens.take();
            }
        }
        if (sentenceText != null || !tokens.isEmpty()) {
            endSentence(paragraph, sentenceText != null ? sentenceText : tokens.take(), marksParagraphs, body);
        }
        flush(paragraph, body);
        List<String> out = new ArrayList<>(header);
        if (!header.isEmpty()) out.add("");
        out.addAll(body);
        return Optional.of(out);
    }

    private static boolean looksLikeConllu(List<String> lines) {
        int rows = 0;
        for (int i = 0; i < Math.min(lines.size(), LOOK_AHEAD); i++) {
            String line = lines.get(i);
            if (!line.isEmpty() && Character.isDigit(line.charAt(0)) && TOKEN_ROW.matcher(line).find()
                    && line.chars().filter(c -> c == '\t').count() >= 9) rows++;
        }
        return rows >= 1;
    }

    /**
     * A sentence rebuilt from its rows: word forms joined by spaces (none where MISC says SpaceAfter=No or before
     * closing punctuation), a multi-word token written once instead of its parts, empty nodes skipped, and the
     * syllables that Vietnamese word segmentation joins with "_" split again.
     */
    private static final class Tokens {
        private final StringBuilder text = new StringBuilder();
        private int partsUntil;
        private boolean spaceAfter = true;

        void add(String[] columns) {
            if (columns.length < 2 || columns[0].contains(".")) return;
            int dash = columns[0].indexOf('-');
            int id = Integer.parseInt(dash > 0 ? columns[0].substring(0, dash) : columns[0]);
            if (dash < 0 && id <= partsUntil) return;
            if (dash > 0) partsUntil = Integer.parseInt(columns[0].substring(dash + 1));
            String form = columns[1].replace('_', ' ');
            if (!text.isEmpty() && spaceAfter && !NO_SPACE_BEFORE.matcher(form).matches()) text.append(' ');
            text.append(form);
            spaceAfter = columns.length < 10 || !columns[9].contains("SpaceAfter=No");
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        String take() {
            String sentence = text.toString();
            text.setLength(0);
            partsUntil = 0;
            spaceAfter = true;
            return sentence;
        }
    }

    private static void endSentence(StringBuilder paragraph, String sentence, boolean marksParagraphs, List<String> body) {
        if (sentence.isBlank()) return;
        if (!paragraph.isEmpty()) paragraph.append(' ');
        paragraph.append(sentence.strip());
        if (!marksParagraphs) flush(paragraph, body);
    }

    private static void flush(StringBuilder paragraph, List<String> body) {
        if (paragraph.isEmpty()) return;
        if (!body.isEmpty()) body.add("");
        body.add(paragraph.toString());
        paragraph.setLength(0);
    }
}
