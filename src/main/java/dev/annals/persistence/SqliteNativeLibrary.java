package dev.annals.persistence;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Logger;

/**
 * Loads SQLite's native library from a copy kept in a per-user cache folder. Left to itself the driver copies it
 * out of its jar into the temporary folder on every start and deletes it at exit, about 0.1 s of every command.
 * When anything goes wrong here, the driver's own way is left in place.
 */
public final class SqliteNativeLibrary {

    private static final Logger LOG = Logger.getLogger(SqliteNativeLibrary.class.getName());
    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNativeLibrary() {
    }

    /** Call before the first connection; does nothing when a library path is already set. */
    public static void useCopyIn(Path cacheFolder) {
        if (System.getProperty(PATH_PROPERTY) != null) return;
        try {
            String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
            String name = System.mapLibraryName("sqlitejdbc");
            URL resource = SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + platform + "/" + name);
            if (resource == null) return;
            URLConnection connection = resource.openConnection();
            long size = connection.getContentLengthLong();
            Path folder = cacheFolder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + platform.replace('/', '-'));
            Path library = folder.resolve(name);
            if (size < 0 || !Files.isRegularFile(library) || Files.size(library) != size) {
                try (InputStream in = connection.getInputStream()) {
                    copy(in, folder, library);
                }
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(NAME_PROPERTY, name);
        } catch (IOException | RuntimeException e) {
            LOG.fine("SQLite's native library is extracted by the driver: " + e);
        }
    }

    /** Through a temporary file and a rename, so a second process never loads a half-written library. */
    private static void copy(InputStream in, Path folder, Path library) throws IOException {
        Files.createDirectories(folder);
        Path partial = Files.createTempFile(folder, "partial-", ".tmp");
        try {
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
