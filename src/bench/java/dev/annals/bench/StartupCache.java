package dev.annals.bench;

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

    private static final boolean AOT_CACHE = Runtime.version().feature() >= 25;

    private StartupCache() {
    }

    /** Options for the run that writes the cache (the first start). */
    static List<String> training(Path directory) {
        return AOT_CACHE ? aotCache("-XX:AOTCacheOutput=", directory) : using(directory);
    }

    /** Options for the runs that use it. */
    static List<String> using(Path directory) {
        if (AOT_CACHE) return aotCache("-XX:AOTCache=", directory);
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + directory.resolve("annals.jsa"), "-Xlog:cds*=off");
    }

    private static List<String> aotCache(String option, Path directory) {
        return List.of(option + directory.resolve("annals.aot"), "-Xlog:aot*=off", "-Xlog:cds*=off");
    }
}
