package dev.annals.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Where an export may be written: never into the library, through symlinks, never onto devices, with the umask's mode. */
class ExportTargetTest extends AnnotatedCliLibrary {

    @Test
    void refusesToReplaceTheLiveDatabaseOrABackupEvenWithForce() throws Exception {
        CliRun r = run(library, "export", "--format", "csv", "--out", library.resolve("library.db").toString(), "--force");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("inside the library folder").doesNotContain("Exception");
        assertThat(Files.readAllBytes(library.resolve("library.db"))).startsWith("SQLite format 3".getBytes());

        Files.createDirectories(library.resolve("backups"));
        CliRun intoBackups = run(library, "export", "--format", "md", "--out", library.resolve("backups/notes.md").toString());
        assertThat(intoBackups.status()).isEqualTo(2);
        assertThat(library.resolve("backups/notes.md")).doesNotExist();
    }

    @Test
    void refusesALibraryPathReachedThroughASymlinkedFolder() throws Exception {
        Path alias = work.resolve("alias");
        Files.createSymbolicLink(alias, library);
        CliRun r = run(library, "export", "--format", "csv", "--out", alias.resolve("library.db").toString(), "--force");
        assertThat(r.status()).isEqualTo(2);
        assertThat(Files.readAllBytes(library.resolve("library.db"))).startsWith("SQLite format 3".getBytes());
    }

    @Test
    void forceWritesThroughASymlinkAndKeepsTheLink() throws Exception {
        Path real = work.resolve("real.csv");
        Files.writeString(real, "old");
        Path link = work.resolve("link.csv");
        Files.createSymbolicLink(link, real);

        CliRun r = run(library, "export", "--format", "csv", "--out", link.toString(), "--force");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).startsWith("document,");
    }

    @Test
    void refusesAFifoOrADeviceAsTarget() throws Exception {
        Path fifo = work.resolve("pipe.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor(10, TimeUnit.SECONDS)).isTrue();
        CliRun r = run(library, "export", "--format", "csv", "--out", fifo.toString(), "--force");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("not a regular file");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();

        Path device = work.resolve("null.csv");
        Files.createSymbolicLink(device, Path.of("/dev/null"));
        CliRun viaLink = run(library, "export", "--format", "md", "--out", device.toString(), "--force");
        assertThat(viaLink.status()).isEqualTo(2);
        assertThat(Files.isSymbolicLink(device)).isTrue();
    }

    @Test
    void removesItsOwnStaleTemporaryFilesButNotOthers() throws Exception {
        Path out = work.resolve("out");
        Files.createDirectories(out);
        Path stale = out.resolve(".notes.csv.999999999.1234.part"); // left by a process that is gone
        Path legacy = out.resolve(".notes.csv-4242424242.part");
        Path foreign = out.resolve(".other.csv.999999999.1.part");
        Path alive = out.resolve(".notes.csv." + ProcessHandle.current().pid() + ".77.part");
        for (Path p : new Path[]{stale, legacy, foreign, alive}) Files.writeString(p, "half");
        Files.setLastModifiedTime(legacy, FileTime.from(Instant.now().minusSeconds(7200)));

        CliRun r = run(library, "export", "--format", "csv", "--out", out.resolve("notes.csv").toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(legacy).doesNotExist();
        assertThat(foreign).exists();
        assertThat(alive).exists();
    }

    @Test
    void newExportsFollowTheUmaskAndReplacedOnesKeepTheirMode() throws Exception {
        Path fresh = work.resolve("fresh.md");
        assertThat(run(library, "export", "--format", "md", "--out", fresh.toString()).status()).isZero();
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(fresh);
        assertThat(mode).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Path probe = Files.createFile(work.resolve("probe")); // what any program gets here
        assertThat(mode).isEqualTo(Files.getPosixFilePermissions(probe));

        Path shared = work.resolve("shared.md");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(run(library, "export", "--format", "md", "--out", shared.toString(), "--force").status()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
    }
}
