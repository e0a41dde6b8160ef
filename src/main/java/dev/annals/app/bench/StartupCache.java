package dev.annals.app.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The class-data cache the launchers of the window give the JVM (installer/build.sh, javafx:run in pom.xml), so
 * that the cold start measured here is the one users get. On JDK 25 and later it is an AOT cache (classes loaded
 * and linked ahead of time) written by a training run; before that, a dynamic CDS archive the JVM writes on its
 * first start and reuses after. The JVM's own messages about the cache are silenced: a stale cache is simply not
 * used.
 */
final class StartupCache {

    static final int AOT_CACHE_FEATURE = 25;

    private StartupCache() {
    }

    /** Options for the run that writes the cache (the first start). */
    static List<String> training(Path directory) {
        if (Runtime.version().feature() >= AOT_CACHE_FEATURE) {
            return List.of("-XX:AOTCacheOutput=" + directory.resolve("annals.aot"), "-Xlog:aot*=off", "-Xlog:cds*=off");
        }
        return using(directory);
    }

    /** Options for the runs that use it. */
    static List<String> using(Path directory) {
        if (Runtime.version().feature() >= AOT_CACHE_FEATURE) {
            return List.of("-XX:AOTCache=" + directory.resolve("annals.aot"), "-Xlog:aot*=off", "-Xlog:cds*=off");
        }
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + directory.resolve("annals.jsa"), "-Xlog:cds*=off");
    }
}
