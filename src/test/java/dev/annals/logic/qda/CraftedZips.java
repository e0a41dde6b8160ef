package dev.annals.logic.qda;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;

/**
 * Zip files written byte by byte, to say what no zip library would write: an entry that inflates to 2 GB from
 * about 2 MB (one deflated megabyte of zeros repeated 2,048 times, each block ending byte-aligned), and an
 * entry whose header claims 2 GB it does not have.
 */
public final class CraftedZips {

    private CraftedZips() {
    }

    public static byte[] twoGigabytesOfZeros(String name) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(new byte[1 << 20]);
        byte[] buffer = new byte[64 << 10];
        int n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (int i = 0; i < 2048; i++) data.write(buffer, 0, n);
        data.write(0x03);
        data.write(0x00); // an empty final block
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        zip.writeBytes(localHeader(name, 8, 0x08, 0, 0, 0)); // sizes follow in a data descriptor
        zip.writeBytes(data.toByteArray());
        zip.writeBytes(le(16).putInt(0x08074b50).putInt(0).putInt(data.size()).putInt(0).array());
        return zip.toByteArray();
    }

    public static byte[] storedEntryDeclaring(String name, long size) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        zip.writeBytes(localHeader(name, 0, 0, 0, (int) Math.min(size, 0xFFFFFFFFL), (int) Math.min(size, 0xFFFFFFFFL)));
        zip.writeBytes(new byte[1024]);
        return zip.toByteArray();
    }

    /** Two stored entries with the same name, one after the other (a zip writer would refuse). */
    public static byte[] twoEntriesNamed(String name) {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        byte[] data = "<a/>".getBytes(StandardCharsets.UTF_8);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data);
        for (int i = 0; i < 2; i++) {
            zip.writeBytes(localHeader(name, 0, 0, (int) crc.getValue(), data.length, data.length));
            zip.writeBytes(data);
        }
        return zip.toByteArray();
    }

    private static byte[] localHeader(String name, int method, int flags, int crc, int compressed, int size) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = le(30 + n.length);
        b.putInt(0x04034b50).putShort((short) 20).putShort((short) flags).putShort((short) method).putShort((short) 0).putShort((short) 0)
                .putInt(crc).putInt(compressed).putInt(size).putShort((short) n.length).putShort((short) 0).put(n);
        return b.array();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
