package dev.annals.ui.reader;

import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves a node's snapshot as a PNG (without javafx.swing), to look at the view. */
final class Snapshots {

    private Snapshots() {
    }

    /** Must run on the FX thread. */
    static BufferedImage save(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(null, null);
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pixels.getArgb(x, y));
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
        return out;
    }
}
