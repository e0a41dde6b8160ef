package dev.annals.ui.timeline;

import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Saves a view as a PNG without javafx-swing: the snapshot's pixels are copied into a BufferedImage by hand. */
public final class PngExport {

    private PngExport() {
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

    /** Writes the image next to the target and moves it into place, so a failed write leaves no broken file. */
    public static void write(BufferedImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, ".timeline-", ".png");
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) throw new IOException("no PNG writer available");
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
