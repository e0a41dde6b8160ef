package dev.annals.app;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

final class TextBytes {

    private TextBytes() {
    }

    /** The UTF-8 bytes of the text with one byte that cannot be UTF-8 at the end. */
    static byte[] withStrayByte(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[]{(byte) 0xFF, '\n'});
        return out.toByteArray();
    }
}
