package dev.annals.persistence;

import dev.annals.logic.library.LibraryUnavailableException;
import dev.annals.logic.library.LibraryUnavailableException.Reason;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An exclusive lock on a library folder, so that only one process writes to it at a time. */
final class LibraryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static LibraryLock acquire(Path folder) {
        Path file = folder.resolve("library.lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) throw inUse(folder);
            return new LibraryLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(folder);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new LibraryUnavailableException(Reason.UNREADABLE,
                    "cannot open the library folder " + folder + ": " + IoReasons.describe(e), e);
        } catch (LibraryUnavailableException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static LibraryUnavailableException inUse(Path folder) {
        return new LibraryUnavailableException(Reason.IN_USE, "the library " + folder
                + " is in use by another Annals window or command; close it and try again");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) channel.close();
        } catch (IOException ignored) {
            // nothing more can be done; the lock is released with the process anyway
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the operating system releases the lock when the process ends
        }
    }
}
