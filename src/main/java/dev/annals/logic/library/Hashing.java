package dev.annals.logic.library;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a normalized text's UTF-8 bytes, in lower-case hex; and the key that tells the same article in
 * another format (its words in order, whatever breaks the lines and paragraphs).
 */
public final class Hashing {

    private Hashing() {
    }

    /**
     * The hash of the text's words in order, one space between them. A .txt with blank lines between paragraphs, the
     * same text saved as .docx (one paragraph per line) and a PDF of it differ only in their white space, so they
     * are one article. Zero-width spaces and soft hyphens, which only some formats keep, do not count. The words are
     * hashed as they are found, in UTF-8, without building the string of them first.
     */
    public static String wordsKey(String text) {
        MessageDigest digest = sha256Digest();
        byte[] buffer = new byte[8192];
        int used = 0;
        boolean gap = false;
        boolean any = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                gap = any;
            } else if (cp != 0x200B && cp != 0xFEFF && cp != 0x00AD) {
                if (used > buffer.length - 5) {
                    digest.update(buffer, 0, used);
                    used = 0;
                }
                if (gap) buffer[used++] = ' ';
                gap = false;
                any = true;
                used = Utf8.put(cp, buffer, used);
            }
        }
        digest.update(buffer, 0, used);
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(String text) {
        return HexFormat.of().formatHex(sha256Digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
