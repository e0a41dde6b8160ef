package dev.annals.logic.library.formats;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads the entries of a zip that comes from someone else (a REFI-QDA project, a DOCX, an ODT, an EPUB) into
 * memory, never onto disk, within limits: how many entries, how large one entry and all of them may be once
 * inflated, and how much an entry may inflate. Sizes are counted on the bytes actually inflated, not taken from
 * the headers, so a header that lies does not help a zip bomb. Names that would escape a folder (zip-slip) and
 * names given twice are refused.
 */
public final class SafeZip {

    /** The caps; {@code maxRatio} applies once an entry has inflated past one megabyte. */
    public record Limits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio) {
        /** Office documents and EPUBs: text-sized. */
        public static final Limits DOCUMENT = new Limits(10_000, 64L << 20, 256L << 20, 100);
        /** REFI-QDA projects: many sources, each at most as large as an article file may be. */
        public static final Limits PROJECT = new Limits(20_000, 64L << 20, 512L << 20, 100);
    }

    /** The entries read (by name) and every entry's name, in zip order. */
    public record Entries(Map<String, byte[]> contents, List<String> names) {
        public byte[] get(String name) {
            return contents.get(name);
        }
    }

    private static final long RATIO_FROM_BYTES = 1L << 20;

    private SafeZip() {
    }

    /** Reads the entries whose names {@code wanted} accepts; the others are only counted and checked. */
    public static Entries read(InputStream raw, Limits limits, Predicate<String> wanted, String what) throws FormatException {
        CountingStream counted = new CountingStream(raw);
        Map<String, byte[]> contents = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = checkName(entry.getName(), what);
                if (names.size() >= limits.maxEntries()) throw bomb(what, "more than " + limits.maxEntries() + " entries");
                if (!seen.add(name)) throw new FormatException(what + " holds the entry " + name + " twice");
                names.add(name);
                if (entry.getSize() > limits.maxEntryBytes()) throw tooLarge(what, name, entry.getSize(), limits);
                if (entry.isDirectory()) continue;
                ByteArrayOutputStream out = wanted.test(name) ? new ByteArrayOutputStream() : null;
                total += inflate(zip, out, counted, name, total, limits, what);
                if (out != null) contents.put(name, out.toByteArray());
            }
        } catch (ZipException e) {
            throw new FormatException(what + " is not a readable zip file: " + e.getMessage());
        } catch (IOException e) {
            throw new FormatException(what + " cannot be read: " + e.getMessage());
        }
        if (names.isEmpty()) throw new FormatException(what + " is not a zip file, or an empty one");
        return new Entries(contents, names);
    }

    private static long inflate(ZipInputStream zip, ByteArrayOutputStream out, CountingStream counted, String name,
                                long totalBefore, Limits limits, String what) throws IOException, FormatException {
        long compressedStart = counted.count;
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        int n;
        while ((n = zip.read(buffer)) > 0) {
            size += n;
            if (size > limits.maxEntryBytes()) throw tooLarge(what, name, size, limits);
            if (totalBefore + size > limits.maxTotalBytes()) {
                throw bomb(what, "more than " + (limits.maxTotalBytes() >> 20) + " MB once unpacked");
            }
            long compressed = Math.max(1, counted.count - compressedStart);
            if (size > RATIO_FROM_BYTES && size / compressed > limits.maxRatio()) {
                throw bomb(what, "the entry " + name + " inflates more than " + limits.maxRatio() + " times");
            }
            if (out != null) out.write(buffer, 0, n);
        }
        return size;
    }

    /** The name as given, once it is known to stay inside the archive's folder. */
    static String checkName(String name, String what) throws FormatException {
        boolean escapes = name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")
                || name.matches("^[A-Za-z]:.*");
        for (String part : name.split("/")) escapes |= part.equals("..");
        if (escapes) throw new FormatException(what + " holds an entry whose name leaves its folder: " + printable(name));
        return name;
    }

    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    private static FormatException tooLarge(String what, String name, long size, Limits limits) {
        return new FormatException(what + ": the entry " + name + " is " + (size >> 20) + " MB or more, larger than the "
                + (limits.maxEntryBytes() >> 20) + " MB Annals reads");
    }

    private static FormatException bomb(String what, String why) {
        return new FormatException(what + " looks like a zip bomb: " + why);
    }

    /** Counts the compressed bytes the zip reader has pulled so far. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
