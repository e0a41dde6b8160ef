package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** analyze cooccurrence against the bundled corpus, tagged by autocode: the contract's JSON, statuses and messages. */
class CooccurrenceCliTest {

    @TempDir
    Path library;

    CliRun run(String... args) {
        return CliRun.on(library, args);
    }

    @BeforeEach
    void tag() {
        assertThat(run("autocode", "\"Bộ Công an\"", "--theme", "an ninh trật tự").status()).isZero();
        assertThat(run("autocode", "\"Công an\"", "--theme", "Công an xã").status()).isZero();
        assertThat(run("autocode", "\"tội phạm\"", "--theme", "phòng chống tội phạm").status()).isZero();
    }

    @Test
    void printsTheMatrixWithItsThemesAndPairs() throws Exception {
        JsonNode overlap = run("analyze", "cooccurrence", "--by", "overlap", "--json").json();

        assertThat(overlap.get("by").asText()).isEqualTo("overlap");
        assertThat(overlap.get("themes")).extracting(t -> t.get("name").asText())
                .containsExactly("phòng chống tội phạm", "an ninh trật tự", "Công an xã");
        JsonNode counts = overlap.get("counts");
        assertThat(counts).hasSize(3);
        int bo = overlap.get("themes").get(1).get("count").asInt();
        assertThat(counts.get(1).get(1).asInt()).isEqualTo(bo);
        assertThat(counts.get(1).get(2).asInt()).isEqualTo(bo).isEqualTo(counts.get(2).get(1).asInt());
        assertThat(overlap.get("pairs").get(0).get("first").asText()).isEqualTo("an ninh trật tự");
        assertThat(overlap.get("pairs").get(0).get("second").asText()).isEqualTo("Công an xã");

        JsonNode documents = run("analyze", "cooccurrence", "--by", "document", "--json").json();
        assertThat(documents.get("counts").get(0).get(2).asInt()).isLessThanOrEqualTo(documents.get("counts").get(2).get(2).asInt());
        assertThat(run("analyze", "cooccurrence", "--json").json().get("by").asText()).isEqualTo("paragraph");
    }

    @Test
    void filtersByYearAndConference() throws Exception {
        assertThat(run("analyze", "cooccurrence", "--json", "--year", "1990").json().get("themes")).isEmpty();
        long conference = run("timeline", "--json").json().get(0).get("id").asLong();
        JsonNode one = run("analyze", "cooccurrence", "--json", "--by", "document", "--conference", Long.toString(conference)).json();
        one.get("themes").forEach(t -> assertThat(t.get("count").asInt()).isEqualTo(1));
    }

    @Test
    void humanOutputIsATableAndMistakesAreOneLine() {
        CliRun table = run("analyze", "cooccurrence", "--by", "document");
        assertThat(table.out().lines().findFirst().orElseThrow()).isEqualTo("\tphòng chống tội phạm\tan ninh trật tự\tCông an xã");
        assertThat(run("--lang", "vi", "analyze", "cooccurrence", "--year", "1990").out().strip())
                .isEqualTo("không có đoạn nào được gắn chủ đề trong phạm vi này");

        CliRun badUnit = run("analyze", "cooccurrence", "--by", "sentence");
        assertThat(badUnit.status()).isEqualTo(2);
        assertThat(badUnit.err().strip()).isEqualTo("annals: --by must be overlap, paragraph or document");
        CliRun noConference = run("--lang", "vi", "analyze", "cooccurrence", "--conference", "999");
        assertThat(noConference.status()).isEqualTo(1);
        assertThat(noConference.err().strip()).isEqualTo("annals: không có hội nghị mã 999 (xem annals timeline)");
        CliRun bare = run("analyze");
        assertThat(bare.status()).isEqualTo(2);
        assertThat(bare.err().strip()).isEqualTo("annals: analyze needs a subcommand: cooccurrence or compare (see annals analyze --help)");
    }

    @Test
    void printsTheTableAsCsvWithTheSameCountsAsTheJson() throws Exception {
        JsonNode json = run("analyze", "cooccurrence", "--by", "document", "--json").json();
        CliRun csv = run("analyze", "cooccurrence", "--by", "document", "--csv");

        assertThat(csv.status()).isZero();
        assertThat(csv.out()).contains("\r\n");
        List<String> rows = csv.out().lines().toList();
        assertThat(rows.get(0)).isEqualTo("document,phòng chống tội phạm,an ninh trật tự,Công an xã");
        assertThat(rows).hasSize(1 + json.get("themes").size());
        for (int i = 0; i < json.get("themes").size(); i++) {
            List<String> cells = List.of(rows.get(i + 1).split(","));
            assertThat(cells.get(0)).isEqualTo(json.get("themes").get(i).get("name").asText());
            for (int j = 0; j < cells.size() - 1; j++) {
                assertThat(Integer.parseInt(cells.get(j + 1))).isEqualTo(json.get("counts").get(i).get(j).asInt());
            }
        }
        CliRun both = run("--lang", "vi", "analyze", "cooccurrence", "--json", "--csv");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err().strip()).isEqualTo("annals: chọn --json hoặc --csv, không dùng cả hai");
    }
}
