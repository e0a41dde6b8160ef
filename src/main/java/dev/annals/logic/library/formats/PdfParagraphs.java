package dev.annals.logic.library.formats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the pages a PDF text stripper wrote into paragraphs: drops a page number that is a page's first or last
 * line and the headers and footers repeated at the top or bottom of most pages, joins the lines of a paragraph (undoing end-of-line hyphenation)
 * and joins a paragraph that runs on from one page to the next.
 */
final class PdfParagraphs {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)^(?:(?:page|trang|p\\.)\\s*)?[-–—(\\[]?\\s*\\d{1,4}\\s*[-–—)\\]]?(?:\\s*(?:/|of|trên|\\|)\\s*\\d{1,4})?$");
    private static final Pattern HYPHENATED = Pattern.compile(".*\\p{L}[-\u00AD\u2010]$");
    private static final int EDGE_LINES = 2;

    private PdfParagraphs() {
    }

    /** {@code pages}: each page's paragraphs, each paragraph its lines. */
    static List<String> of(List<List<List<String>>> pages) {
        Set<String> repeated = repeatedEdges(pages);
        List<String> out = new ArrayList<>();
        boolean lastOpen = false;
        for (List<List<String>> page : pages) {
            List<List<String>> kept = withoutEdges(page, repeated);
            for (int i = 0; i < kept.size(); i++) {
                String paragraph = joinLines(kept.get(i));
                if (paragraph.isEmpty()) continue;
                if (i == 0 && lastOpen && !out.isEmpty() && Character.isLowerCase(paragraph.codePointAt(0))) {
                    out.set(out.size() - 1, join(out.get(out.size() - 1), paragraph));
                } else {
                    out.add(paragraph);
                }
            }
            lastOpen = !out.isEmpty() && !out.get(out.size() - 1).matches("(?s).*[.!?:;…\"”»)]$");
        }
        return out;
    }

    static String joinLines(List<String> lines) {
        String joined = "";
        for (String raw : lines) {
            String line = raw.strip();
            if (!line.isEmpty()) joined = join(joined, line);
        }
        return joined;
    }

    private static String join(String before, String next) {
        if (before.isEmpty()) return next;
        if (HYPHENATED.matcher(before).matches() && Character.isLowerCase(next.codePointAt(0))) {
            return before.substring(0, before.length() - 1) + next;
        }
        return before + " " + next;
    }

    /** Lines (digits masked) at the top or bottom of at least two pages and of at least half of them. */
    private static Set<String> repeatedEdges(List<List<List<String>>> pages) {
        Map<String, Integer> seen = new HashMap<>();
        for (List<List<String>> page : pages) {
            Set<String> onThisPage = new HashSet<>();
            for (String line : edges(page)) onThisPage.add(mask(line));
            onThisPage.forEach(l -> seen.merge(l, 1, Integer::sum));
        }
        Set<String> repeated = new HashSet<>();
        seen.forEach((line, n) -> {
            if (n >= 2 && n * 2 >= pages.size() && !line.isBlank()) repeated.add(line);
        });
        return repeated;
    }

    private static List<String> edges(List<List<String>> page) {
        List<String> lines = page.stream().flatMap(List::stream).map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> edges = new ArrayList<>(lines.subList(0, Math.min(EDGE_LINES, lines.size())));
        edges.addAll(lines.subList(Math.max(edges.size(), lines.size() - EDGE_LINES), lines.size()));
        return edges;
    }

    private static List<List<String>> withoutEdges(List<List<String>> page, Set<String> repeated) {
        Set<String> edges = new HashSet<>(edges(page));
        int total = (int) page.stream().flatMap(List::stream).filter(l -> !l.isBlank()).count();
        int[] index = {0};
        List<List<String>> out = new ArrayList<>();
        for (List<String> paragraph : page) {
            List<String> kept = new ArrayList<>();
            for (String line : paragraph) {
                String s = line.strip();
                if (s.isEmpty()) continue;
                int at = index[0]++;
                boolean atEdge = (at < EDGE_LINES || at >= total - EDGE_LINES) && edges.contains(s);
                boolean outermost = at == 0 || at == total - 1;
                if (atEdge && repeated.contains(mask(s)) || outermost && PAGE_NUMBER.matcher(s).matches()) continue;
                kept.add(s);
            }
            if (!kept.isEmpty()) out.add(kept);
        }
        return out;
    }

    private static String mask(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }
}
