package dev.annals.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** --lang vi gives the command line's messages and human output in Vietnamese; JSON stays the same. */
class CliLanguageTest {

    @TempDir
    Path dir;

    private Path library() {
        return dir.resolve("library");
    }

    @Test
    void statusSpeaksVietnamese() {
        CliRun run = CliRun.on(library(), "--lang", "vi", "status");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("tài liệu:    5", "chủ đề:     8", "chú thích:   0 (0 mồ côi)").doesNotContain("documents:");
        assertThat(CliRun.on(library(), "--lang", "en", "status").out()).contains("documents:   5");
    }

    @Test
    void errorsNameWhatIsWrongInVietnamese() {
        CliRun missing = CliRun.on(library(), "--lang", "vi", "show", "999");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("annals: không có tài liệu mã 999 (xem annals list)");

        CliRun theme = CliRun.on(library(), "--lang=vi", "annotate", "1", "--theme", "không có", "--quote", "Công an");
        assertThat(theme.status()).isEqualTo(1);
        assertThat(theme.err().strip()).isEqualTo("annals: không có chủ đề 'không có' (xem annals themes)");

        CliRun quote = CliRun.on(library(), "--lang", "vi", "annotate", "1", "--theme", "an ninh trật tự", "--quote", "chữ không có thật");
        assertThat(quote.err().strip()).isEqualTo("annals: đoạn trích 'chữ không có thật' không có trong tài liệu");
    }

    @Test
    void theLibraryFileCommandsSpeakVietnamese() {
        assertThat(CliRun.on(library(), "status").status()).isZero();
        CliRun none = CliRun.on(library(), "--lang", "vi", "library", "backups");
        assertThat(none.out()).satisfiesAnyOf(out -> assertThat(out).startsWith("không có bản sao lưu nào trong "),
                out -> assertThat(out).contains(" tài liệu, "));

        CliRun made = CliRun.on(library(), "--lang", "vi", "library", "backup");
        assertThat(made.status()).isZero();
        assertThat(made.out()).startsWith("đã sao lưu ").contains("5 tài liệu, 0 chú thích, 8 chủ đề");

        CliRun check = CliRun.on(library(), "--lang", "vi", "library", "check");
        assertThat(check.status()).isZero();
        assertThat(check.out().strip()).isEqualTo("thư viện không có vấn đề gì");
        assertThat(CliRun.on(library(), "library", "check").out().strip()).isEqualTo("the library is sound");

        CliRun bare = CliRun.on(library(), "--lang", "vi", "library");
        assertThat(bare.status()).isEqualTo(2);
        assertThat(bare.err()).contains("library cần một lệnh con");
    }

    @Test
    void projectAndMemoCommandsSayWhatIsWrongInVietnamese() {
        CliRun both = CliRun.on(library(), "--lang", "vi", "memos", "--doc", "1", "--theme", "an ninh trật tự");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err().strip()).isEqualTo("annals: hãy cho một trong --doc, --theme hoặc --conference");

        CliRun missing = CliRun.on(library(), "--lang", "vi", "import-project", dir.resolve("không-có.qdpx").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip()).startsWith("annals: không có tệp: ").endsWith("không-có.qdpx");
    }

    @Test
    void usageErrorsPointToHelpInVietnamese() {
        CliRun run = CliRun.on(library(), "--lang", "vi", "list", "--no-such-option");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("annals: ").endsWith("(xem --help)");
        CliRun limit = CliRun.on(library(), "--lang", "vi", "search", "--limit", "0", "cong an");
        assertThat(limit.err().strip()).isEqualTo("annals: --limit phải từ 1 trở lên");
    }

    @Test
    void humanOutputOfWritesIsTranslatedButJsonIsNot() throws Exception {
        CliRun tagged = CliRun.on(library(), "--lang", "vi", "annotate", "1", "--theme", "cong an xa", "--quote", "Công an xã");
        assertThat(tagged.status()).isZero();
        assertThat(tagged.out()).startsWith("chú thích ").contains("Công an xã: \"Công an xã\"");
        CliRun json = CliRun.on(library(), "--lang", "vi", "annotations", "--json");
        assertThat(json.json().get(0).get("status").asText()).isEqualTo("anchored");
        assertThat(json.json().get(0).get("theme").asText()).isEqualTo("Công an xã");
    }

    @Test
    void anOtherLanguageIsAUsageError() {
        CliRun run = CliRun.on(library(), "--lang", "fr", "list");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--lang must be vi or en");
    }

    @Test
    void everyCommandSummaryInTheHelpIsAWholeSentence() {
        CliRun help = CliRun.on(library(), "--help");
        String commands = help.out().substring(help.out().indexOf("Commands:") + "Commands:".length());
        StringBuilder current = new StringBuilder();
        java.util.List<String> summaries = new java.util.ArrayList<>();
        for (String line : commands.lines().toList()) {
            if (line.isBlank()) continue;
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                if (!current.isEmpty()) summaries.add(current.toString().strip());
                current.setLength(0);
            }
            current.append(' ').append(line.strip());
        }
        summaries.add(current.toString().strip());
        assertThat(summaries).hasSize(23).allSatisfy(s -> assertThat(s).as(s).matches("(?s).*[.)]$"));
        assertThat(summaries).anyMatch(s -> s.startsWith("export") && s.endsWith("in one of five formats."));
    }
}
