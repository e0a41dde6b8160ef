package dev.annals.logic.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Written files are whole or absent, leave no temporary file behind, and get the permissions a user expects. */
class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsThePermissionsOfAnyNewFileOfTheUser() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        Path written = dir.resolve("notes.md");
        AtomicFileWriter.write(written, false, out -> out.write("# Notes".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.getPosixFilePermissions(written)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = Files.writeString(dir.resolve("shared.csv"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFileWriter.write(file, true, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void aFailedWriteLeavesNeitherAFileNorATemporaryOne() throws IOException {
        Path file = dir.resolve("broken.jsonld");
        assertThatThrownBy(() -> AtomicFileWriter.write(file, false, out -> {
            out.write("{".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anExistingFileIsKeptUnlessReplacingIsAsked() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.md"), "mine");
        assertThatThrownBy(() -> AtomicFileWriter.write(file, false, out -> out.write('x'))).isInstanceOf(TargetExistsException.class);
        assertThat(file).hasContent("mine");
    }
}
