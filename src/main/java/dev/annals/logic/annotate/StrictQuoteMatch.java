package dev.annals.logic.annotate;

import dev.annals.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * The W3C TextQuoteSelector's strict reading: every place where prefix + exact + suffix occurs verbatim
 * (overlaps included; an empty quote matches between characters). Code points. Used to check that a
 * selector we write identifies its passage uniquely, and when an imported selector must match as written.
 */
public final class StrictQuoteMatch {

    private StrictQuoteMatch() {
    }

    public static List<Span> all(String text, String exact, String prefix, String suffix) {
        int[] t = Anchorer.cp(text);
        int[] p = Anchorer.cp(prefix);
        int[] e = Anchorer.cp(exact);
        int[] s = Anchorer.cp(suffix);
        int[] whole = new int[p.length + e.length + s.length];
        System.arraycopy(p, 0, whole, 0, p.length);
        System.arraycopy(e, 0, whole, p.length, e.length);
        System.arraycopy(s, 0, whole, p.length + e.length, s.length);
        List<Span> out = new ArrayList<>();
        for (int at = 0; at + whole.length <= t.length; at++) {
            if (regionMatches(t, at, whole)) out.add(new Span(at + p.length, at + p.length + e.length));
        }
        return out;
    }

    private static boolean regionMatches(int[] text, int at, int[] part) {
        for (int k = 0; k < part.length; k++) if (text[at + k] != part[k]) return false;
        return true;
    }
}
