package dev.annals.logic.library;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the characters of an article file, choosing the encoding from the bytes (never the file name): a byte-order
 * mark (UTF-8, UTF-16 LE/BE), else UTF-8, else Windows-1258 when the bytes clearly are Vietnamese in it. Bytes that
 * cannot be decoded become U+FFFD, with a warning naming their offset in the file.
 */
final class TextDecoder {

    private static final int MAX_WARNINGS = 10;

    DecodedText decode(byte[] bytes) throws ImportFailure {
        if (bytes.length == 0) throw new ImportFailure("the file is empty");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return decode(bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        if (startsWith(bytes, 0xFF, 0xFE)) return decode(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        if (startsWith(bytes, 0xFE, 0xFF)) return decode(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        BinaryCheck.requireText(bytes);
        Utf8Scan scan = Utf8Scan.of(bytes);
        if (scan.invalidBytes() == 0) return new DecodedText(new String(bytes, StandardCharsets.UTF_8), "UTF-8", List.of());
        if (Cp1258Evidence.looksLikeCp1258(bytes, scan)) {
            return new DecodedText(new String(bytes, Cp1258Evidence.CP1258), "windows-1258", List.of());
        }
        return decode(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
    }

    private static DecodedText decode(byte[] bytes, int start, Charset charset, String name) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        List<String> warnings = new ArrayList<>();
        int bad = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (++bad <= MAX_WARNINGS) warnings.add(invalid(bytes, in.position(), result.length(), name));
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else {
                decoder.flush(out);
                break;
            }
        }
        if (bad > MAX_WARNINGS) warnings.add((bad - MAX_WARNINGS) + " more invalid " + name + " sequences were replaced by U+FFFD");
        out.flip();
        return new DecodedText(out.toString(), name, warnings);
    }

    private static String invalid(byte[] bytes, int offset, int length, String encoding) {
        String hex = HexFormat.ofDelimiter(" ").withPrefix("0x").withUpperCase().formatHex(bytes, offset, offset + length);
        return "invalid " + encoding + " " + (length == 1 ? "byte " : "bytes ") + hex + " at byte offset " + offset
                + " replaced by U+FFFD";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
