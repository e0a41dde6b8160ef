package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** people and people show against the bundled corpus: the contract's JSON, statuses and messages. */
class PeopleCliTest {

    @TempDir
    Path library;

    CliRun run(String... args) {
        return CliRun.on(library, args);
    }

    @Test
    void listsPeopleWithTheirFormsMergedMostNamedFirst() throws Exception {
        JsonNode people = run("people", "--json").json();

        JsonNode toLam = people.get(0);
        assertThat(toLam.get("name").asText()).isEqualTo("Tô Lâm");
        assertThat(toLam.get("variants")).extracting(JsonNode::asText).contains("Đại tướng Tô Lâm", "Chủ tịch nước Tô Lâm");
        assertThat(toLam.get("docIds")).hasSize(5);
        assertThat(toLam.get("conferenceIds").size()).isPositive();
        assertThat(toLam.get("titles")).extracting(t -> t.get("title").asText()).containsExactly("Đại tướng", "Chủ tịch nước");
        assertThat(toLam.get("titles").get(1).get("first").asText()).isEqualTo("2024-11-20");
    }

    @Test
    void showsOnePersonsRankOverTimeWithTheirConferences() throws Exception {
        JsonNode to = run("people", "show", "--json", "tran quoc to").json();

        assertThat(to.get("name").asText()).isEqualTo("Trần Quốc Tỏ");
        assertThat(to.get("mentions")).extracting(m -> m.get("office").asText()).containsExactly("Trung tướng", "Thượng tướng");
        assertThat(to.get("mentions").get(0).get("date").asText()).isEqualTo("2021-08-17");
        assertThat(to.get("mentions").get(0).get("datePrecision").asText()).isEqualTo("day");
        assertThat(to.get("mentions").get(0).get("conferenceId").isNumber()).isTrue();
        assertThat(to.get("mentions").get(1).get("as").asText()).isEqualTo("Thượng tướng Trần Quốc Tỏ");
    }

    @Test
    void humanOutputAndAnUnknownNameInBothLanguages() {
        assertThat(run("people").out().lines().findFirst().orElseThrow()).isEqualTo("Tô Lâm\t5 documents, 5 conferences\tĐại tướng → Chủ tịch nước");
        assertThat(run("--lang", "vi", "people").out()).contains("Lương Tam Quang\t1 văn bản, 1 hội nghị\tBộ trưởng");
        CliRun missing = run("--lang", "vi", "people", "show", "Nguyễn Văn A");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("annals: không có người nào tên 'Nguyễn Văn A' (xem annals people)");
        assertThat(run("people", "show", "Nguyễn Văn A").err().strip()).isEqualTo("annals: no person named 'Nguyễn Văn A' (see annals people)");
    }
}
