package dev.annals.logic.library;

/** UTF-8 bytes of one code point, as {@link String#getBytes} writes them ('?' for a surrogate without its pair). */
final class Utf8 {

    private Utf8() {
    }

    /** Writes {@code cp} at {@code at} (up to 4 bytes) and returns the index after it. */
    static int put(int cp, byte[] out, int at) {
        int i = at;
        if (cp < 0x80) {
            out[i++] = (byte) cp;
        } else if (cp < 0x800) {
            out[i++] = (byte) (0xC0 | cp >> 6);
            out[i++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            out[i++] = '?';
        } else if (cp < 0x10000) {
            out[i++] = (byte) (0xE0 | cp >> 12);
            out[i++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[i++] = (byte) (0x80 | cp & 0x3F);
        } else {
            out[i++] = (byte) (0xF0 | cp >> 18);
            out[i++] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[i++] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[i++] = (byte) (0x80 | cp & 0x3F);
        }
        return i;
    }
}
