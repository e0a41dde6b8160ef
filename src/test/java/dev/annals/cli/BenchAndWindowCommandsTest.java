package dev.annals.cli;

import dev.annals.app.TestCliEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** bench finds the benchmark where a build has it and says where it is elsewhere; no subcommand opens the window. */
class BenchAndWindowCommandsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> launched = new ArrayList<>();

    private int run(CliEnvironment environment, String... args) {
        return new Cli(environment, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private final TestCliEnvironment withBenchmark = new TestCliEnvironment() {
        @Override
        public Optional<Benchmark> benchmark() {
            return Optional.of((docs, progress) -> {
                progress.println("bench: " + docs + " docs");
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("import_docs", docs);
                figures.put("cold_start_ms", null);
                return figures;
            });
        }

        @Override
        public int launchGui(Path libraryFolder, String lang, List<String> extraArgs) {
            launched.add(libraryFolder.getFileName() + " " + lang);
            return 0;
        }
    };

    @Test
    void benchPrintsEveryFigureWithADashForOneNotMeasured() {
        assertThat(run(withBenchmark, "--library", folder.toString(), "bench", "--docs", "3")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly("import_docs\t3", "cold_start_ms\t-");
        assertThat(err()).contains("bench: 3 docs");
    }

    @Test
    void benchPrintsOneJsonObjectWithNulls() throws Exception {
        assertThat(run(withBenchmark, "--library", folder.toString(), "bench", "--docs", "2", "--json")).isZero();
        var json = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("import_docs").asInt()).isEqualTo(2);
        assertThat(json.get("cold_start_ms").isNull()).isTrue();
    }

    @Test
    void scaleRunsOncePerSizeAndPrintsAGrowthTable() {
        assertThat(run(withBenchmark, "--library", folder.toString(), "bench", "--scale", "2,4")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "| figure | 2 docs | 4 docs | growth |", "|---|---|---|---|", "| import_docs | 2 | 4 | ×2.0 |", "| cold_start_ms | - | - | - |");
        assertThat(err()).contains("bench: 2 docs", "bench: 4 docs");
    }

    @Test
    void scaleAsJsonGivesTheSizesAndOneValuePerSize() throws Exception {
        assertThat(run(withBenchmark, "--library", folder.toString(), "bench", "--scale=3,5", "--json")).isZero();
        var json = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("sizes").toString()).isEqualTo("[3,5]");
        assertThat(json.get("figures").get("import_docs").toString()).isEqualTo("[3,5]");
        assertThat(json.get("figures").get("cold_start_ms").toString()).isEqualTo("[null,null]");
    }

    @Test
    void aScaleSizeBelowOneIsAUsageError() {
        assertThat(run(withBenchmark, "--library", folder.toString(), "bench", "--scale", "0,10")).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).isEqualTo("annals: --scale sizes must be at least 1" + System.lineSeparator());
    }

    @Test
    void withoutTheBenchmarkItSaysWhereItIsInEitherLanguage() {
        assertThat(run(new TestCliEnvironment(), "--library", folder.toString(), "bench")).isEqualTo(ExitStatus.SOME_FAILED);
        assertThat(err()).isEqualTo("annals: the benchmark is not part of this installation; in a source build run: "
                + "java -jar target/annals-bench.jar bench" + System.lineSeparator());
        err.reset();
        run(new TestCliEnvironment(), "--lang", "vi", "--library", folder.toString(), "bench");
        assertThat(err()).startsWith("annals: bộ đo hiệu năng không có trong bản cài đặt này");
    }

    @Test
    void benchRefusesLessThanOneDocument() {
        assertThat(run(withBenchmark, "--library", folder.toString(), "bench", "--docs", "0")).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).contains("--docs must be at least 1");
    }

    @Test
    void noSubcommandOpensTheWindowInTheAskedLanguage() {
        assertThat(run(withBenchmark, "--library", folder.resolve("lib").toString(), "--lang", "vi")).isZero();
        assertThat(launched).containsExactly("lib vi");
    }

    @Test
    void anUnknownWordIsAnUnknownCommand() {
        assertThat(run(withBenchmark, "--library", folder.toString(), "lisst")).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).startsWith("annals: ").contains("'lisst'");
        assertThat(launched).isEmpty();
    }
}
