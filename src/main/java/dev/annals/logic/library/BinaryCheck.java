package dev.annals.logic.library;

/** Refuses bytes that are not text: NUL bytes, or many control bytes that text never contains. */
final class BinaryCheck {

    private static final int SAMPLE = 64 * 1024;

    private BinaryCheck() {
    }

    static void requireText(byte[] bytes) throws ImportFailure {
        int length = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ImportFailure("not a text file: it contains NUL bytes at byte offset " + i
                        + " (binary data, or UTF-16 without a byte-order mark)");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x0B && b != 0x1B) controls++;
        }
        if (controls * 10 > length) {
            throw new ImportFailure("not a text file: " + controls + " of its first " + length + " bytes are control codes");
        }
    }
}
