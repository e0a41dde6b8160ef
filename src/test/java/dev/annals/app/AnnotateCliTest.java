package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The themes / theme add / annotate / annotations / status commands against a library with the bundled corpus. */
class AnnotateCliTest {

    @TempDir
    Path library;

    CliRun run(String... args) {
        return CliRun.on(library, args);
    }

    @Test
    void listsStarterCodebookAsJson() throws Exception {
        JsonNode themes = run("themes", "--json").json();

        assertThat(themes).hasSize(8);
        assertThat(themes.get(0).get("name").asText()).isEqualTo("phòng chống tội phạm");
        assertThat(themes.get(0).get("description").asText()).startsWith("Crime prevention");
        assertThat(themes.get(0).get("count").asInt()).isZero();
        assertThat(themes.get(0).has("parent")).isTrue();
    }

    @Test
    void annotatesQuoteAndListsItWithStatus() throws Exception {
        CliRun tagged = run("annotate", "--json", "1", "--theme", "an ninh trật tự", "--quote", "an ninh trật tự", "--occurrence", "2", "--note", "ghi chú");

        assertThat(tagged.status()).isZero();
        JsonNode a = tagged.json();
        assertThat(a.get("quote").asText()).isEqualTo("an ninh trật tự");
        assertThat(a.get("end").asInt() - a.get("start").asInt()).isEqualTo(15);
        assertThat(a.get("note").asText()).isEqualTo("ghi chú");

        JsonNode listed = run("annotations", "--json", "--doc", "1").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("status").asText()).isEqualTo("anchored");
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(a.get("id").asLong());
        assertThat(run("themes", "--json").json().get(1).get("count").asInt()).isEqualTo(1);
    }

    @Test
    void addsThemeUnderParentAndRefusesDuplicate() throws Exception {
        assertThat(run("theme", "add", "Đề án 06", "--color", "#0072b2", "--parent", "chuyển đổi số / Đề án 06", "--description", "CCCD").status()).isZero();

        JsonNode added = run("themes", "--json").json().get(8);
        assertThat(added.get("name").asText()).isEqualTo("Đề án 06");
        assertThat(added.get("color").asText()).isEqualTo("#0072B2");
        assertThat(added.get("parent").asText()).isEqualTo("chuyển đổi số / Đề án 06");
        CliRun duplicate = run("theme", "add", "đề án 06");
        assertThat(duplicate.status()).isEqualTo(1);
        assertThat(duplicate.err()).contains("already exists");
    }

    @Test
    void reportsEachMistakeOnOneLineWithItsStatus() {
        assertThat(run("annotate", "1", "--theme", "không có", "--quote", "Công an")).extracting(CliRun::status).isEqualTo(1);
        assertThat(run("annotate", "1", "--theme", "Công an xã", "--quote", "không có ở đây")).extracting(CliRun::status).isEqualTo(1);
        assertThat(run("annotate", "1", "--theme", "Công an xã", "--quote", "Công an", "--occurrence", "999")).extracting(CliRun::status).isEqualTo(1);
        assertThat(run("annotate", "1", "--theme", "Công an xã", "--start", "9", "--end", "3")).extracting(CliRun::status).isEqualTo(2);
        assertThat(run("annotate", "1", "--theme", "Công an xã", "--start", "0", "--end", "99999999")).extracting(CliRun::status).isEqualTo(1);
        assertThat(run("annotate", "999", "--theme", "Công an xã", "--start", "0", "--end", "3")).extracting(CliRun::status).isEqualTo(1);
        CliRun badColour = run("theme", "add", "x", "--color", "blue");
        assertThat(badColour.status()).isEqualTo(2);
        assertThat(badColour.err().lines()).singleElement().asString().contains("bad colour");
    }

    @Test
    void acceptsThemeNameTypedWithoutToneMarks() throws Exception {
        CliRun tagged = run("annotate", "--json", "2", "--theme", "cong an xa", "--start", "0", "--end", "5");

        assertThat(tagged.json().get("theme").asText()).isEqualTo("Công an xã");
    }

    @Test
    void statusListsCountsAndNoOrphansInFreshLibrary() throws Exception {
        run("annotate", "1", "--theme", "Công an xã", "--start", "0", "--end", "5");

        JsonNode status = run("status", "--json").json();

        assertThat(status.get("documents").asInt()).isEqualTo(5);
        assertThat(status.get("themes").asInt()).isEqualTo(8);
        assertThat(status.get("annotations").asInt()).isEqualTo(1);
        assertThat(status.get("orphans")).isEmpty();
    }
}
