package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** examples and examples remove against the bundled corpus: the contract's JSON and messages. */
class ExamplesCliTest {

    @TempDir
    Path library;

    CliRun run(String... args) {
        return CliRun.withExamples(library, args);
    }

    @Test
    void listsTheExampleAnnotationsOfANewLibrary() throws Exception {
        JsonNode examples = run("examples", "--json").json();

        assertThat(examples).hasSize(12);
        assertThat(examples).extracting(e -> e.get("theme").asText()).contains("an ninh trật tự", "Công an xã", "ứng phó Covid-19");
        assertThat(examples.get(0).get("status").asText()).isEqualTo("anchored");
        assertThat(run("annotations", "--json").json()).hasSize(12);
    }

    @Test
    void removeDeletesOnlyTheExamplesOnceInBothLanguages() throws Exception {
        run("annotate", "1", "--theme", "cong an xa", "--quote", "Tô Lâm");

        assertThat(run("examples", "remove", "--json").json().get("removed").asInt()).isEqualTo(12);

        assertThat(run("examples", "--json").json()).isEmpty();
        JsonNode left = run("annotations", "--json").json();
        assertThat(left).hasSize(1);
        assertThat(left.get(0).get("quote").asText()).isEqualTo("Tô Lâm");
        assertThat(run("examples", "remove").out().strip()).isEqualTo("removed 0 example annotations");
        assertThat(run("--lang", "vi", "examples", "remove").out().strip()).isEqualTo("đã gỡ 0 chú thích ví dụ");
    }
}
