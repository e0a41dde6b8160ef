package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** people merge, split and rename, and timeline --person, against the bundled corpus: output, statuses, messages. */
class PeopleEditCliTest {

    @TempDir
    Path library;

    CliRun run(String... args) {
        return CliRun.on(library, args);
    }

    List<String> names() throws Exception {
        List<String> names = new ArrayList<>();
        run("people", "--json").json().forEach(p -> names.add(p.get("name").asText()));
        return names;
    }

    @Test
    void mergesTwoPeopleUnderTheFirstNameAndKeepsItInTheLibrary() throws Exception {
        CliRun merge = run("people", "merge", "--json", "tran quoc to", "Lương Tam Quang");

        assertThat(merge.status()).isZero();
        JsonNode merged = merge.json();
        assertThat(merged.get("name").asText()).isEqualTo("Trần Quốc Tỏ");
        assertThat(merged.get("variants")).extracting(JsonNode::asText).contains("Thượng tướng Trần Quốc Tỏ", "Bộ trưởng Lương Tam Quang");
        assertThat(names()).contains("Trần Quốc Tỏ").doesNotContain("Lương Tam Quang");
        assertThat(run("people", "show", "--json", "Lương Tam Quang").json().get("name").asText()).isEqualTo("Trần Quốc Tỏ");
    }

    @Test
    void splitsAFormOffAndRenamesIt() throws Exception {
        CliRun split = run("people", "split", "chủ tịch nước tô lâm");
        assertThat(split.status()).isZero();
        assertThat(split.out().strip()).isEqualTo("Chủ tịch nước Tô Lâm\tChủ tịch nước Tô Lâm");
        assertThat(run("people", "show", "--json", "Tô Lâm").json().get("variants")).extracting(JsonNode::asText)
                .doesNotContain("Chủ tịch nước Tô Lâm");

        CliRun rename = run("people", "rename", "Chủ tịch nước Tô Lâm", "Tô Lâm (Chủ tịch nước)");
        assertThat(rename.status()).isZero();
        assertThat(rename.out()).startsWith("Tô Lâm (Chủ tịch nước)\t");
        assertThat(names()).contains("Tô Lâm", "Tô Lâm (Chủ tịch nước)");
    }

    @Test
    void badInputIsOneLineOnStderrWithTheContractsStatus() {
        assertThat(run("people", "merge", "Tô Lâm")).satisfies(r -> assertThat(r.status()).isEqualTo(2));
        CliRun same = run("people", "merge", "Tô Lâm", "Đại tướng Tô Lâm");
        assertThat(same.status()).isEqualTo(2);
        assertThat(same.err().strip()).isEqualTo("annals: merge needs two or more different people (tô lâm, tô lâm)");
        CliRun empty = run("--lang", "vi", "people", "rename", "Tô Lâm", "  ");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err().strip()).isEqualTo("annals: tên mới đang để trống");
        CliRun unknown = run("people", "rename", "Nguyễn Văn A", "B");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("annals: no person named 'Nguyễn Văn A' (see annals people)");
        CliRun form = run("people", "split", "Thiếu tướng Nguyễn Văn A");
        assertThat(form.status()).isEqualTo(1);
        assertThat(form.err().lines()).hasSize(1);
        CliRun alone = run("--lang", "vi", "people", "split", "Bộ trưởng Lương Tam Quang");
        assertThat(alone.status()).isEqualTo(2);
        assertThat(alone.err().strip()).isEqualTo("annals: 'Bộ trưởng Lương Tam Quang' đã là một người riêng");
    }

    @Test
    void timelineKeepsTheConferencesWhoseDocumentsNameAnyPersonGiven() throws Exception {
        int all = run("timeline", "--json").json().size();
        JsonNode quang = run("timeline", "--json", "--person", "Lương Tam Quang").json();
        JsonNode both = run("timeline", "--json", "--person", "Lương Tam Quang", "--person", "tran quoc to").json();

        assertThat(quang).hasSize(1);
        assertThat(both.size()).isGreaterThan(1).isLessThanOrEqualTo(all);
        assertThat(both).extracting(c -> c.get("id").asLong()).contains(quang.get(0).get("id").asLong());
        CliRun unknown = run("timeline", "--person", "Nguyễn Văn A");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.out()).isEmpty();
    }
}
