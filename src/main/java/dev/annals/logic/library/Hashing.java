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
     * are one article. Zero-width spaces and soft hyphens, which only some formats keep, do not count.
     */
    public static String wordsKey(String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                gap = !words.isEmpty();
            } else if (cp != 0x200B && cp != 0xFEFF && cp != 0x00AD) {
                if (gap) words.append(' ');
                gap = false;
                words.appendCodePoint(cp);
            }
        }
        return sha256(words.toString());
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
