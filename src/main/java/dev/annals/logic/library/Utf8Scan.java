package dev.annals.logic.library;

/** Counts the well-formed UTF-8 multi-byte sequences and the bytes that cannot be UTF-8. */
record Utf8Scan(int validMultiByte, int invalidBytes) {

    static Utf8Scan of(byte[] bytes) {
        int valid = 0;
        int invalid = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = sequenceLength(bytes, i);
            if (length > 0) {
                valid++;
                i += length;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Scan(valid, invalid);
    }

    /** The length of the well-formed sequence starting at {@code i}, or 0 when there is none. */
    private static int sequenceLength(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int length;
        int min = 0x80;
        int max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) min = 0xA0;
            if (lead == 0xED) max = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) min = 0x90;
            if (lead == 0xF4) max = 0x8F;
        } else {
            return 0;
        }
        if (i + length > bytes.length) return 0;
        int second = bytes[i + 1] & 0xFF;
        if (second < min || second > max) return 0;
        for (int k = 2; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) return 0;
        }
        return length;
    }
}
