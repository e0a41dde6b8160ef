package dev.annals.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The command mvn javafx:run starts (through BuildRun) ends with status 0 and leaves the class-data archive the
 * next start maps. With the class path the Maven plugin gives (target/classes) the JVM failed to write it at
 * exit, and the run ended in BUILD FAILURE.
 */
class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void theBuildsJarStartsAndLeavesAClassDataArchive() throws Exception {
        Path jar = Path.of("target", "annals.jar");
        assumeTrue(Files.isRegularFile(jar), "target/annals.jar is made at process-classes");
        Path archive = dir.resolve("annals-window.jsa");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = BuildRun.command(java, jar.toAbsolutePath(), archive, Runtime.version().feature(), new String[]{"--version"});
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("Annals ").doesNotContain("Error occurred during CDS dumping");
        assertThat(archive).exists();
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);
    }
}
