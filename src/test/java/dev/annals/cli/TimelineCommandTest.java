package dev.annals.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annals.app.TestCliEnvironment;
import dev.annals.logic.timeline.SeedLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        SeedLibrary.withSeeds(folder).close();
        Cli cli = new Cli(new TestCliEnvironment(), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return cli.run(args);
    }

    @Test
    void printsTheFiveSeedConferencesOldestFirstAsTheContractSays() throws Exception {
        int status = run("--library", folder.toString(), "timeline", "--json");

        assertThat(status).isEqualTo(ExitStatus.OK);
        JsonNode array = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(array).hasSize(5);
        List<String> dates = new ArrayList<>();
        array.forEach(c -> dates.add(c.get("date").asText() + "/" + c.get("datePrecision").asText() + "/" + c.get("kind").asText()));
        assertThat(dates).containsExactly("2020/year/six-month-review", "2021-06-21/day/six-month-review",
                "2021-08-17/day/online", "2021-12-29/day/annual-national", "2024-11-20/day/thematic-review");
        JsonNode first = array.get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("id", "date", "datePrecision", "title", "kind", "docIds");
        assertThat(first.get("docIds").isArray()).isTrue();
        assertThat(first.get("docIds")).hasSize(1);
        assertThat(first.get("title").asText()).isNotBlank();
    }

    @Test
    void printsOneLinePerConferenceWithoutJson() {
        int status = run("--library", folder.toString(), "timeline");

        assertThat(status).isEqualTo(ExitStatus.OK);
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(5).first().asString().contains("2020", "six-month-review");
    }
}
