package dev.annals.logic.library;

import java.io.IOException;

/** One file to import: the name shown to the user and a way to read its bytes. */
public record ImportSource(String displayPath, String fileName, long size, BytesReader reader) {

    @FunctionalInterface
    public interface BytesReader {
        byte[] read() throws IOException;
    }
}
