package dev.annals.logic.annotate;

import dev.annals.logic.annotate.AnnotateException.Reason;
import dev.annals.logic.text.Folding;
import dev.annals.model.Span;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the K-th occurrence of a typed quote in a document's normalized text: first exactly (after NFC), then,
 * when there is no exact occurrence, ignoring case, tone marks and đ/Đ, so "cong an xa" finds "Công an xã".
 */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    /** The code-point span of occurrence {@code occurrence} (1-based) of {@code quote}. */
    public static Span find(String text, String quote, int occurrence) {
        String nfc = quote == null ? "" : Normalizer.normalize(quote, Normalizer.Form.NFC);
        if (nfc.isEmpty()) throw new AnnotateException(Reason.QUOTE_NOT_FOUND, "the quote is empty");
        if (occurrence < 1) throw new AnnotateException(Reason.OCCURRENCE_OUT_OF_RANGE, "--occurrence must be 1 or more");
        int[] t = Anchorer.cp(text);
        int[] q = Anchorer.cp(nfc);
        List<Integer> found = occurrences(t, q);
        if (found.isEmpty()) found = occurrences(Folding.fold(t), Folding.fold(q));
        if (found.isEmpty()) throw new AnnotateException(Reason.QUOTE_NOT_FOUND, "the quote '" + quote + "' is not in the document", quote);
        if (occurrence > found.size()) {
            throw new AnnotateException(Reason.OCCURRENCE_OUT_OF_RANGE, "occurrence " + occurrence + " asked, but the quote occurs "
                    + found.size() + (found.size() == 1 ? " time" : " times"), occurrence, found.size());
        }
        int start = found.get(occurrence - 1);
        return new Span(start, start + q.length);
    }

    private static List<Integer> occurrences(int[] text, int[] quote) {
        List<Integer> out = new ArrayList<>();
        for (int at = Anchorer.indexOf(text, quote, 0); at >= 0; at = Anchorer.indexOf(text, quote, at + 1)) out.add(at);
        return out;
    }
}
