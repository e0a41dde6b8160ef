package dev.annals.cli;

import dev.annals.app.TestCliEnvironment;

import dev.annals.logic.LibraryOpener;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenshotCommandTest {

    private final List<ScreenshotRequest> requests = new ArrayList<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CliEnvironment environment = new TestCliEnvironment() {
            @Override public LibraryOpener opener() { throw new AssertionError("the window opens the library"); }
            @Override public Path defaultLibraryFolder() { return Path.of("default-lib"); }

            @Override
            public int screenshot(ScreenshotRequest request) {
                requests.add(request);
                return ExitStatus.OK;
            }
        };
        return new Cli(environment, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void handsViewModeSizeDocumentAndLanguageToTheWindow() {
        int status = run("--library", "lib", "--lang", "vi", "screenshot", "--view", "reader", "--doc", "3",
                "--mode", "sepia", "--size", "1024x700", "--out", "shots/r.png");

        assertThat(status).isEqualTo(ExitStatus.OK);
        ScreenshotRequest request = requests.get(0);
        assertThat(request.libraryFolder()).isEqualTo(Path.of("lib"));
        assertThat(request.lang()).isEqualTo("vi");
        assertThat(request.view()).isEqualTo("reader");
        assertThat(request.docId()).isEqualTo(3L);
        assertThat(request.mode()).isEqualTo("sepia");
        assertThat(request.width()).isEqualTo(1024);
        assertThat(request.height()).isEqualTo(700);
        assertThat(request.out()).isAbsolute();
        assertThat(request.out().endsWith(Path.of("shots", "r.png"))).isTrue();
    }

    @Test
    void defaultsToLightAt1280x800() {
        run("screenshot", "--view", "library", "--out", "l.png");
        assertThat(requests.get(0).mode()).isEqualTo("light");
        assertThat(requests.get(0).width()).isEqualTo(1280);
        assertThat(requests.get(0).height()).isEqualTo(800);
    }

    @Test
    void unknownViewModeOrSizeIsAUsageError() {
        assertThat(run("screenshot", "--view", "kitchen", "--out", "x.png")).isEqualTo(ExitStatus.USAGE);
        assertThat(run("screenshot", "--view", "library", "--mode", "neon", "--out", "x.png")).isEqualTo(ExitStatus.USAGE);
        assertThat(run("screenshot", "--view", "library", "--size", "big", "--out", "x.png")).isEqualTo(ExitStatus.USAGE);
        assertThat(run("screenshot", "--view", "library")).isEqualTo(ExitStatus.USAGE);
        assertThat(requests).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--view must be one of").contains("--size");
    }
}
