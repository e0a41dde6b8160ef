package dev.annals.logic.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Writes the character references of line breaks and tabs in XML attributes in place of their stand-ins. */
final class AttributeBreaks extends FilterOutputStream {

    static final char LF = '\u0001';
    static final char CR = '\u0002';
    static final char TAB = '\u0003';
    private static final byte[][] REFERENCES = {null, "&#10;".getBytes(), "&#13;".getBytes(), "&#9;".getBytes()};

    AttributeBreaks(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (b >= LF && b <= TAB) out.write(REFERENCES[b]);
        else out.write(b);
    }

    @Override
    public void write(byte[] bytes, int off, int len) throws IOException {
        int from = off;
        for (int i = off; i < off + len; i++) {
            if (bytes[i] >= LF && bytes[i] <= TAB) {
                out.write(bytes, from, i - from);
                out.write(REFERENCES[bytes[i]]);
                from = i + 1;
            }
        }
        out.write(bytes, from, off + len - from);
    }
}
