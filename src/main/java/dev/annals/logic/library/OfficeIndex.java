package dev.annals.logic.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks and offices, lower-cased, looked up by their first word. A scan hashes each word of the text while it reads
 * its letters and compares only the offices whose first word has that hash: comparing each word with every office of
 * its first letter ("t" has fifteen) took most of the time of finding people in 10,000 articles.
 */
final class OfficeIndex {

    private static final int SLOTS = 128;

    private final int[] hashes = new int[SLOTS];
    private final String[] firstWords = new String[SLOTS];
    private final String[][] offices = new String[SLOTS][];

    OfficeIndex(List<String> written) {
        Map<String, List<String>> byFirstWord = new LinkedHashMap<>();
        written.stream().map(o -> o.toLowerCase(Locale.ROOT)).sorted((a, b) -> b.length() - a.length()).forEach(office -> {
            int end = wordEnd(office, 0);
            if (end == 0 || end < office.length() && office.charAt(end) != ' ') throw new IllegalArgumentException(office);
            byFirstWord.computeIfAbsent(office.substring(0, end), w -> new ArrayList<>()).add(office);
        });
        byFirstWord.forEach((word, list) -> {
            int hash = hash(word, 0, word.length());
            int slot = hash & (SLOTS - 1);
            while (firstWords[slot] != null) slot = (slot + 1) & (SLOTS - 1);
            hashes[slot] = hash;
            firstWords[slot] = word;
            offices[slot] = list.toArray(String[]::new);
        });
    }

    /** The end of the office (longest first) starting at {@code at} in lower-cased text, or -1. */
    int end(String lower, int at) {
        int end = wordEnd(lower, at);
        return end == at ? -1 : end(lower, at, end, hash(lower, at, end));
    }

    /** Start and end of each office in lower-cased text, in pairs. */
    int[] spans(String lower) {
        int[] spans = new int[16];
        int count = 0;
        int i = 0;
        int length = lower.length();
        while (i < length) {
            char c = lower.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int hash = 0;
            int wordEnd = i;
            while (wordEnd < length && Character.isLetter(c = lower.charAt(wordEnd))) {
                hash = 31 * hash + c;
                wordEnd++;
            }
            int end = end(lower, i, wordEnd, hash);
            if (end < 0) {
                i = wordEnd;
                continue;
            }
            if (count == spans.length) spans = Arrays.copyOf(spans, count * 2);
            spans[count++] = i;
            spans[count++] = end;
            i = end;
        }
        return Arrays.copyOf(spans, count);
    }

    private int end(String lower, int at, int wordEnd, int hash) {
        for (int slot = hash & (SLOTS - 1); firstWords[slot] != null; slot = (slot + 1) & (SLOTS - 1)) {
            String word = firstWords[slot];
            if (hashes[slot] != hash || word.length() != wordEnd - at || !lower.startsWith(word, at)) continue;
            for (String office : offices[slot]) {
                int end = at + office.length();
                if (end > lower.length() || !lower.startsWith(office, at)) continue;
                if (end == lower.length() || !Character.isLetter(lower.charAt(end))) return end;
            }
            return -1;
        }
        return -1;
    }

    private static int hash(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) hash = 31 * hash + text.charAt(i);
        return hash;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return i;
    }
}
