package dev.annals.logic.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Where a path really leads: through symlinks (even to a file not made yet), and whether that is inside a folder. */
final class WriteTargets {

    private static final Logger LOG = Logger.getLogger(WriteTargets.class.getName());
    private static final int MAX_LINKS = 40;

    private WriteTargets() {
    }

    /** The path with every symlink on the way followed, its last part too, even when the link points at nothing yet. */
    static Path followLinks(Path path) throws IOException {
        Path current = realFolder(path.getParent()).resolve(path.getFileName());
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) throw new IOException(path + ": too many levels of symbolic links");
            Path next = current.getParent().resolve(Files.readSymbolicLink(current)).normalize();
            current = realFolder(next.getParent()).resolve(next.getFileName());
        }
        return current;
    }

    /** The real path of the nearest existing ancestor, with the parts that do not exist yet appended. */
    private static Path realFolder(Path folder) throws IOException {
        Path existing = folder;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return folder;
        return existing.toRealPath().resolve(existing.relativize(folder));
    }

    static boolean isInside(Path realTarget, Path folder) throws IOException {
        Path real = realFolder(folder.toAbsolutePath().normalize());
        return realTarget.startsWith(real);
    }

    /** The replaced file's permissions, so that replacing a file does not change who may read it. */
    static void copyMode(Path from, Path to) {
        try {
            PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (source != null) Files.setPosixFilePermissions(to, source.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "could not copy the mode of " + from, e);
        }
    }
}
