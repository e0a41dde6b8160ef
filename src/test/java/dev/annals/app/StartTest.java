package dev.annals.app;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The jar's entry point tells a user of an older Java what to install, instead of a raw class-version error. */
class StartTest {

    @Test
    void readsTheFeatureReleaseOfOldAndNewVersionStrings() {
        assertThat(Start.feature("1.8")).isEqualTo(8);
        assertThat(Start.feature("17")).isEqualTo(17);
        assertThat(Start.feature("25")).isEqualTo(25);
        assertThat(Start.feature("garbage")).isZero();
    }

    @Test
    void saysWhichJavaIsNeededInTheUsersLanguage() {
        assertThat(Start.message(17, "/opt/jdk17", false)).isEqualTo("annals: Annals needs Java 21 or newer; this is Java 17 (/opt/jdk17)");
        assertThat(Start.message(11, "/jdk", true)).contains("cần Java 21 trở lên").contains("Java 11");
        assertThat(Start.vietnamese(new String[]{"--lang", "vi", "list"})).isTrue();
        assertThat(Start.vietnamese(new String[]{"--lang", "en"})).isFalse();
    }

    @Test
    void isCompiledForJava8SoThatOldJavasCanLoadIt() throws IOException {
        try (InputStream in = Start.class.getResourceAsStream("Start.class"); DataInputStream data = new DataInputStream(in)) {
            assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
            data.readUnsignedShort();
            assertThat(data.readUnsignedShort()).as("class file major version").isEqualTo(52);
        }
    }

    @Test
    void theJarStartsWithIt() throws IOException {
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<annals.mainClass>" + Start.class.getName() + "<");
    }

    @Test
    void java17PrintsOneLineAndExitsWithStatus1() throws Exception {
        Optional<Path> java17 = oldJava();
        assumeTrue(java17.isPresent(), "no Java 17 installed here");
        Path classes = Path.of(Start.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process p = new ProcessBuilder(java17.get().toString(), "-cp", classes.toString(), Start.class.getName(), "--version")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(err.strip()).startsWith("annals: Annals needs Java 21 or newer; this is Java 17").doesNotContain("Exception");
    }

    private static Optional<Path> oldJava() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return Optional.empty();
        try (Stream<Path> dirs = Files.list(jvms)) {
            List<Path> found = dirs.filter(d -> d.getFileName().toString().contains("17"))
                    .map(d -> d.resolve("bin/java")).filter(Files::isExecutable).toList();
            return found.stream().findFirst();
        }
    }
}
