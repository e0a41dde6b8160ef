package dev.annals.cli;

import dev.annals.app.TestCliEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What each command checks before it works, with the exit status of the contract, in both languages. */
class CommandChecksTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        err.reset();
        String[] all = new String[args.length + 2];
        all[0] = "--library";
        all[1] = folder.resolve("lib").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return new Cli(new TestCliEnvironment(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(all);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void aBadColourIsAUsageErrorThatShowsTheForm() {
        assertThat(run("theme", "add", "Mới", "--color", "đỏ")).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).isEqualTo("annals: bad colour 'đỏ': use #RRGGBB, e.g. #E69F00");
        assertThat(run("--lang", "vi", "theme", "add", "Mới", "--color", "đỏ")).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).isEqualTo("annals: màu 'đỏ' không hợp lệ: dùng #RRGGBB, ví dụ #E69F00");
    }

    @Test
    void anUnknownKindNamesTheKindsThereAre() {
        assertThat(run("search", "--kind", "hop", "cong an")).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).isEqualTo("annals: unknown --kind 'hop' (use six-month-review, annual-national, thematic-review, online, other)");
    }

    @Test
    void exportChecksItsFormatAndGrouping() {
        assertThat(run("export", "--format", "pdf", "--out", folder.resolve("a.pdf").toString())).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).contains("--format must be md, csv, jsonld, qdpx or qdc");
        assertThat(run("--lang", "vi", "export", "--format", "md", "--group-by", "year", "--out", folder.resolve("a.md").toString()))
                .isEqualTo(ExitStatus.USAGE);
        assertThat(err()).isEqualTo("annals: --group-by phải là theme hoặc document");
    }

    @Test
    void screenshotChecksViewModeAndSizeBeforeOpeningAnything() {
        assertThat(run("screenshot", "--view", "settings", "--out", "x.png")).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).isEqualTo("annals: --view must be one of library, reader, timeline, themes, search, analysis, people, export, guide, compare");
        assertThat(run("--lang", "vi", "screenshot", "--view", "search", "--mode", "neon", "--out", "x.png")).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).isEqualTo("annals: --mode phải là light, dark, sepia hoặc high-contrast");
        assertThat(run("screenshot", "--view", "search", "--size", "100x100", "--out", "x.png")).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).contains("between 320x240 and 8000x8000");
        assertThat(run("screenshot", "--view", "search", "--zoom", "300", "--out", "x.png")).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).isEqualTo("annals: --zoom must be between 80 and 200");
    }

    @Test
    void importingAnnotationsFromAFileThatIsNotThereIsAUsageError() {
        assertThat(run("--lang", "vi", "import-annotations", folder.resolve("khong-co.jsonld").toString())).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).startsWith("annals: không có tệp: ");
    }
}
