package dev.annals.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataFoldersTest {

    @Test
    void cacheFollowsXdgCacheHomeOnLinux() {
        assertThat(DataFolders.cache(Map.of("XDG_CACHE_HOME", "/tmp/xdg"), "Linux", "/home/an"))
                .isEqualTo(Path.of("/tmp/xdg", "annals"));
        assertThat(DataFolders.cache(Map.of(), "Linux", "/home/an")).isEqualTo(Path.of("/home/an", ".cache", "annals"));
    }

    @Test
    void cacheIsTheSystemCacheFolderOnMacAndWindows() {
        assertThat(DataFolders.cache(Map.of(), "Mac OS X", "/Users/an")).isEqualTo(Path.of("/Users/an", "Library", "Caches", "Annals"));
        assertThat(DataFolders.cache(Map.of("LOCALAPPDATA", "C:\\Users\\an\\AppData\\Local"), "Windows 11", "C:\\Users\\an"))
                .isEqualTo(Path.of("C:\\Users\\an\\AppData\\Local", "Annals", "Cache"));
    }

    @Test
    void libraryFollowsAnnalsHomeFirst() {
        assertThat(DataFolders.defaultLibrary(Map.of("ANNALS_HOME", "/data/lib", "XDG_DATA_HOME", "/x"), "Linux", "/home/an"))
                .isEqualTo(Path.of("/data/lib"));
    }
}
