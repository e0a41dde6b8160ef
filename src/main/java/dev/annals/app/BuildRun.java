package dev.annals.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How {@code mvn javafx:run} starts Annals: in a JVM of its own on the packaged jar (built before the run), with a
 * class-data archive the JVM writes on the first start and reuses on the next ones. The JVM cannot archive the
 * classes of a folder such as target/classes, which is what the Maven plugin puts on the class path
 * (docs/decisions/0010).
 */
public final class BuildRun {

    static final String JAR_PROPERTY = "annals.build.jar";
    static final String ARCHIVE_PROPERTY = "annals.build.archive";

    private BuildRun() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String jar = System.getProperty(JAR_PROPERTY);
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            Launcher.main(args);
            return;
        }
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process window = new ProcessBuilder(command(java, Path.of(jar), archive(jar), Runtime.version().feature(), args))
                .inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(window::destroy));
        System.exit(window.waitFor());
    }

    private static Path archive(String jar) {
        String archive = System.getProperty(ARCHIVE_PROPERTY);
        return archive != null ? Path.of(archive) : Path.of(jar).resolveSibling("annals-window.jsa");
    }

    /** The command of the window's JVM: the same options as the installed launcher (installer/build.sh). */
    static List<String> command(String java, Path jar, Path archive, int javaFeature, String[] args) {
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        if (javaFeature >= 23) command.add("--sun-misc-unsafe-memory-access=allow");
        command.addAll(List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off",
                "-cp", jar.toString(), Launcher.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }
}
