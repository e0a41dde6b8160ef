package dev.annals.ui.common;

import dev.annals.logic.export.AtomicFileWriter;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Saves a view as a PNG without javafx-swing: the snapshot's pixels are copied into a BufferedImage by hand. */
public final class PngImages {

    private PngImages() {
    }

    /** Takes the snapshot; must run on the FX thread. */
    public static WritableImage snapshot(Node node) {
        SnapshotParameters params = new SnapshotParameters();
        return node.snapshot(params, null);
    }

    public static BufferedImage toBufferedImage(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    /** A snapshot of the node encoded as PNG, for a view model to write in the background; must run on the FX thread. */
    public static byte[] pngBytes(Node node) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try {
            ImageIO.write(toBufferedImage(snapshot(node)), "png", bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes the image atomically (a temporary file moved into place): a failed write leaves no broken file. */
    public static void write(BufferedImage image, Path file) throws IOException {
        AtomicFileWriter.write(file, true, out -> {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer available");
        });
    }
}
