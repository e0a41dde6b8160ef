package dev.annals.logic.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a half-written file: the
 * content goes to a temporary file beside the real target, which is synced and then moved over it. A symlink is
 * written through (the link stays); devices, pipes, folders and anything inside the library folder are refused.
 * A new file gets the mode the umask gives; a replaced one keeps its mode.
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
        write(target, overwrite, null, content);
    }

    /** The same, refusing any target inside {@code protectedFolder} (the library folder; null for none). */
    public static void write(Path target, boolean overwrite, Path protectedFolder, Content content) throws IOException {
        Path real = WriteTargets.followLinks(target.toAbsolutePath().normalize());
        if (protectedFolder != null && WriteTargets.isInside(real, protectedFolder)) {
            throw new TargetRefusedException(TargetRefusedException.Kind.INSIDE_LIBRARY, target, protectedFolder);
        }
        boolean exists = Files.exists(real, LinkOption.NOFOLLOW_LINKS);
        if (exists && Files.isDirectory(real)) throw new TargetRefusedException(TargetRefusedException.Kind.FOLDER, target, null);
        if (exists && !Files.isRegularFile(real)) throw new TargetRefusedException(TargetRefusedException.Kind.NOT_A_REGULAR_FILE, target, null);
        if (!overwrite && exists) throw new TargetExistsException(target);
        Path folder = real.getParent();
        Files.createDirectories(folder);
        TemporaryFiles.removeStale(folder, real.getFileName().toString());
        Path temp = folder.resolve(TemporaryFiles.name(real.getFileName().toString(), ThreadLocalRandom.current().nextInt(1 << 30)));
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                content.writeTo(out);
            }
            if (exists) WriteTargets.copyMode(real, temp);
            sync(temp);
            if (!overwrite && Files.exists(real, LinkOption.NOFOLLOW_LINKS)) throw new TargetExistsException(target);
            move(temp, real);
        } finally {
            deleteQuietly(temp);
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
        try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
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
