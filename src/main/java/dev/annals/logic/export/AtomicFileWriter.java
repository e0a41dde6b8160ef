package dev.annals.logic.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a half-written file: the
 * content goes to a temporary file in the same folder, which is synced and then moved over the target. The file
 * gets the permissions any new file of the user gets (the umask), or keeps those of the file it replaces.
 */
public final class AtomicFileWriter {

    private static final Logger LOG = Logger.getLogger(AtomicFileWriter.class.getName());

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /** Writes {@code target}; an existing file is replaced only when {@code overwrite} is set. */
    public static void write(Path target, boolean overwrite, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (!overwrite && Files.exists(absolute)) throw new TargetExistsException(target);
        if (Files.isDirectory(absolute)) throw new IOException(target + " is a folder");
        Files.createDirectories(folder);
        // Files.createTempFile would make it readable by its owner only (0600), and the export would stay so
        Path temp = Files.createFile(folder.resolve("." + absolute.getFileName() + "-" + UUID.randomUUID() + ".part"));
        try {
            keepPermissionsOf(absolute, temp);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                content.writeTo(out);
            }
            sync(temp);
            if (!overwrite && Files.exists(absolute)) throw new TargetExistsException(target);
            move(temp, absolute);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void keepPermissionsOf(Path existing, Path temp) {
        if (!Files.exists(existing) || Files.getFileAttributeView(temp, PosixFileAttributeView.class) == null) return;
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(existing));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.FINE, "could not copy the permissions of " + existing, e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.log(Level.FINE, "atomic move not supported in " + target.getParent(), e);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void sync(Path file) {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not sync " + file, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the temporary file " + temp, e);
        }
    }
}
