package dev.annals.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** mvn javafx:run starts the window from the packaged jar, where the JVM can keep its class-data archive. */
class BuildRunTest {

    @Test
    void startsLauncherFromTheJarWithTheClassDataArchive() {
        List<String> command = BuildRun.command("/jdk/bin/java", Path.of("target/annals.jar"), Path.of("target/annals-window.jsa"),
                21, new String[]{"--lang", "vi"});
        assertThat(command).startsWith("/jdk/bin/java").endsWith("-cp", "target/annals.jar", Launcher.class.getName(), "--lang", "vi");
        assertThat(command).contains("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=target/annals-window.jsa", "--enable-native-access=ALL-UNNAMED");
        assertThat(command).doesNotContain("--sun-misc-unsafe-memory-access=allow");
    }

    @Test
    void newerJavasAllowJavaFxsUnsafeMemoryAccessWithoutAWarning() {
        assertThat(BuildRun.command("java", Path.of("a.jar"), Path.of("a.jsa"), 25, new String[0]))
                .contains("--sun-misc-unsafe-memory-access=allow");
    }

    @Test
    void javafxRunIsConfiguredToUseIt() throws Exception {
        String pom = java.nio.file.Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("<mainClass>" + BuildRun.class.getName() + "</mainClass>")
                .contains("-D" + BuildRun.JAR_PROPERTY + "=${project.build.directory}/annals.jar");
    }
}
