package dev.annals.logic.library;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks lines longer than {@link #MAX_LINE} characters at a space (or anywhere, if a stretch has none), with a
 * warning. A file of one 20 MB line is a dump, not prose; keeping it whole made every later step costly.
 */
final class LongLines {

    static final int MAX_LINE = 20_000;

    private LongLines() {
    }

    static List<String> wrap(List<String> lines, List<String> warnings) {
        int longest = 0;
        for (String line : lines) longest = Math.max(longest, line.length());
        if (longest <= MAX_LINE) return lines;
        List<String> out = new ArrayList<>(lines.size());
        int broken = 0;
        for (String line : lines) {
            if (line.length() <= MAX_LINE) {
                out.add(line);
                continue;
            }
            broken++;
            int from = 0;
            while (line.length() - from > MAX_LINE) {
                int cut = line.lastIndexOf(' ', from + MAX_LINE);
                if (cut <= from + MAX_LINE / 2) cut = from + MAX_LINE;
                if (Character.isHighSurrogate(line.charAt(cut - 1))) cut--;
                out.add(line.substring(from, cut).stripTrailing());
                from = cut;
                while (from < line.length() && line.charAt(from) == ' ') from++;
            }
            out.add(line.substring(from));
        }
        warnings.add(broken + (broken == 1 ? " line was" : " lines were") + " longer than " + MAX_LINE
                + " characters (the longest " + longest + "); they were broken into lines of at most " + MAX_LINE);
        return out;
    }
}
