package dev.annals.logic.library;

import java.nio.charset.Charset;
import java.text.Normalizer;

/** Encodes text as legacy Vietnamese software did in Windows-1258: base letters plus combining tone marks. */
final class LegacyVietnamese {

    static final Charset CP1258 = Charset.forName("windows-1258");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private LegacyVietnamese() {
    }

    static byte[] encode(String text) {
        StringBuilder legacy = new StringBuilder();
        for (char c : Normalizer.normalize(text, Normalizer.Form.NFC).toCharArray()) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char d : decomposed.toCharArray()) (TONES.indexOf(d) >= 0 ? tone : base).append(d);
            legacy.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        if (!CP1258.newEncoder().canEncode(legacy)) throw new IllegalArgumentException("not encodable in Windows-1258: " + text);
        return legacy.toString().getBytes(CP1258);
    }
}
