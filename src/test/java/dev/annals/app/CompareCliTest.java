package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** analyze compare against the bundled corpus and its example annotations: the contract's JSON, statuses and messages. */
class CompareCliTest {

    @TempDir
    Path library;

    CliRun run(String... args) {
        return CliRun.withExamples(library, args);
    }

    String conferenceOn(String date) throws Exception {
        return StreamSupport.stream(run("timeline", "--json").json().spliterator(), false)
                .filter(c -> c.get("date").asText().equals(date)).findFirst().orElseThrow().get("id").asText();
    }

    JsonNode theme(JsonNode column, String name) {
        return StreamSupport.stream(column.get("themes").spliterator(), false).filter(t -> t.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void comparesThemesWithShareMarksThemesOnlyOneHasAndNamesPeople() throws Exception {
        String covid = conferenceOn("2021-08-17");
        String review = conferenceOn("2021-12-29");

        JsonNode columns = run("analyze", "compare", "--json", covid, review).json();

        assertThat(columns).hasSize(2);
        JsonNode first = columns.get(0);
        assertThat(first.get("id").asText()).isEqualTo(covid);
        assertThat(first.get("date").asText()).isEqualTo("2021-08-17");
        assertThat(first.get("kind").asText()).isNotBlank();
        assertThat(first.get("passageCount").asInt()).isEqualTo(3);
        assertThat(theme(first, "ứng phó Covid-19").get("onlyHere").asBoolean()).isTrue();
        assertThat(theme(first, "ứng phó Covid-19").get("share").asDouble()).isEqualTo(0.333);
        assertThat(theme(first, "an ninh trật tự").get("onlyHere").asBoolean()).isFalse();
        assertThat(first.get("people")).extracting(JsonNode::asText).contains("Tô Lâm", "Trần Quốc Tỏ");
        assertThat(first.get("passages")).extracting(p -> p.get("quote").asText()).contains("Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch Covid-19");
        assertThat(theme(columns.get(1), "phòng chống tội phạm").get("onlyHere").asBoolean()).isTrue();
    }

    @Test
    void humanOutputMarksTheThemeOnlyOneHas() throws Exception {
        String out = run("analyze", "compare", conferenceOn("2024-11-20"), conferenceOn("2021-08-17")).out();

        assertThat(out).contains("  Công an xã\t1\t50%\tonly here");
    }

    @Test
    void wrongNumberOfIdsIsAUsageErrorAndAnUnknownIdFails() {
        CliRun one = run("analyze", "compare", "1");
        assertThat(one.status()).isEqualTo(2);
        assertThat(one.err().strip()).isEqualTo("annals: compare needs 2 to 4 different conference ids");
        CliRun missing = run("--lang", "vi", "analyze", "compare", "1", "999");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("annals: không có hội nghị mã 999 (xem annals timeline)");
    }
}
