package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.annals.logic.text.Folding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The autocode command against a library with the bundled corpus: the contract's JSON, statuses and messages. */
class AutocodeCliTest {

    @TempDir
    Path library;

    CliRun run(String... args) {
        return CliRun.on(library, args);
    }

    @Test
    void aDryRunSaysWhatWouldBeTaggedAndWritesNothing() throws Exception {
        CliRun dry = run("autocode", "--json", "--dry-run", "\"cong an xa\"", "--theme", "cong an xa");

        assertThat(dry.status()).isZero();
        JsonNode report = dry.json();
        assertThat(report.get("dryRun").asBoolean()).isTrue();
        assertThat(report.get("theme").asText()).isEqualTo("Công an xã");
        assertThat(report.get("wouldTag").asInt()).isPositive().isEqualTo(report.get("passages").size());
        assertThat(report.get("tagged").asInt()).isZero();
        for (JsonNode p : report.get("passages")) {
            assertThat(Folding.fold(p.get("quote").asText())).isEqualTo("cong an xa");
            assertThat(p.get("status").asText()).isEqualTo("would-tag");
            assertThat(p.get("end").asInt() - p.get("start").asInt()).isEqualTo(10);
        }
        assertThat(run("annotations", "--json").json()).isEmpty();
    }

    @Test
    void tagsEveryHitAsWholeWordsThenSkipsThemTheSecondTime() throws Exception {
        JsonNode first = run("autocode", "--json", "\"an ninh\"", "--theme", "an ninh trật tự").json();
        int tagged = first.get("tagged").asInt();
        assertThat(tagged).isPositive();
        assertThat(first.get("skipped").asInt()).isZero();
        JsonNode listed = run("annotations", "--json", "--theme", "an ninh trật tự").json();
        assertThat(listed).hasSize(tagged);
        listed.forEach(a -> assertThat(Folding.fold(a.get("quote").asText())).isEqualTo("an ninh"));
        assertThat(first.get("passages").get(0).get("annotationId").asLong()).isEqualTo(listed.findValues("id").stream()
                .mapToLong(JsonNode::asLong).min().orElseThrow());

        JsonNode again = run("autocode", "--json", "\"an ninh\"", "--theme", "an ninh trật tự").json();
        assertThat(again.get("tagged").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(tagged);
        assertThat(again.get("passages").get(0).get("reason").asText()).isEqualTo("already-tagged");
        assertThat(again.get("passages").get(0).get("annotationId").isNull()).isTrue();
    }

    @Test
    void filtersByYearAndKindLikeSearch() throws Exception {
        JsonNode none = run("autocode", "--json", "--dry-run", "cong an", "--theme", "an ninh trật tự", "--year", "1990").json();
        assertThat(none.get("passages")).isEmpty();
        CliRun badKind = run("autocode", "cong an", "--theme", "an ninh trật tự", "--kind", "hop");
        assertThat(badKind.status()).isEqualTo(2);
        assertThat(badKind.err().strip()).startsWith("annals: unknown --kind 'hop'");
    }

    @Test
    void humanOutputEndsWithTheCountsInEitherLanguage() {
        CliRun en = run("autocode", "--dry-run", "\"Bộ Công an\"", "--theme", "an ninh trật tự");
        assertThat(en.out().strip().lines().reduce((a, b) -> b).orElseThrow()).matches("would tag \\d+ passages with an ninh trật tự; 0 already tagged");
        CliRun vi = run("--lang", "vi", "autocode", "\"Bộ Công an\"", "--theme", "an ninh trật tự");
        assertThat(vi.out().strip().lines().reduce((a, b) -> b).orElseThrow()).matches("đã gắn \\d+ đoạn với chủ đề an ninh trật tự \\(một bước có thể hoàn tác\\); 0 đoạn đã gắn từ trước");
    }

    @Test
    void aBadQueryOrAnUnknownThemeIsOneLineWithTheContractsStatus() {
        CliRun onlyExcluded = run("autocode", "--theme", "an ninh trật tự", "--", "-cong");
        assertThat(onlyExcluded.status()).isEqualTo(2);
        assertThat(onlyExcluded.err().lines()).singleElement().asString().startsWith("annals: ");
        CliRun unknown = run("autocode", "cong an", "--theme", "không có");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err().lines()).singleElement().asString().contains("không có");
        assertThat(run("autocode", "cong an").status()).isEqualTo(2);
    }
}
