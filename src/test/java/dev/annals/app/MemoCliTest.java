package dev.annals.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** memo set, memos --conference and search --memos on the command line, as docs/cli.md states them. */
class MemoCliTest {

    @TempDir
    Path work;

    CliRun run(String... args) {
        return CliRun.on(work.resolve("lib"), args);
    }

    @Test
    void setWritesTheMemoOfADocumentAndMemosListsItWithTheNewFields() throws Exception {
        CliRun set = run("memo", "set", "--json", "--doc", "1", "Đọc lại đoạn mở đầu");
        assertThat(set.status()).as(set.err()).isZero();
        assertThat(set.json().path("docId").asLong()).isEqualTo(1);

        assertThat(run("memo", "set", "--doc", "1", "Đọc lại phần kết").out().strip()).isEqualTo("memo saved");
        CliRun list = run("memos", "--json", "--doc", "1");

        assertThat(list.json()).hasSize(1);
        var memo = list.json().get(0);
        assertThat(memo.path("text").asText()).isEqualTo("Đọc lại phần kết");
        assertThat(memo.path("origin").asText()).isEmpty();
        assertThat(memo.path("conferenceId").isNull()).isTrue();
        assertThat(memo.path("updated").asText()).isNotEmpty();
        assertThat(memo.path("formerConference").asText()).isEmpty();
    }

    @Test
    void aConferenceMemoIsSetAndListedByTheIdTheTimelineGives() throws Exception {
        long conference = run("timeline", "--json").json().get(0).path("id").asLong();

        assertThat(run("memo", "set", "--conference", Long.toString(conference), "Hội nghị đầu tiên").status()).isZero();

        CliRun list = run("memos", "--json", "--conference", Long.toString(conference));
        assertThat(list.json().get(0).path("conferenceId").asLong()).isEqualTo(conference);
        assertThat(list.json().get(0).path("text").asText()).isEqualTo("Hội nghị đầu tiên");
        assertThat(run("memos", "--conference", Long.toString(conference)).out()).startsWith("# (untitled)\nHội nghị đầu tiên");
    }

    @Test
    void anEmptyTextRemovesTheMemo() throws Exception {
        run("memo", "set", "--theme", "an ninh trat tu", "Về chủ đề");

        CliRun cleared = run("memo", "set", "--json", "--theme", "an ninh trật tự", "");

        assertThat(cleared.json().isNull()).isTrue();
        assertThat(run("memos", "--json", "--theme", "an ninh trật tự").json()).isEmpty();
    }

    @Test
    void searchMemosFindsThemWithoutToneMarks() throws Exception {
        run("memo", "set", "--doc", "2", "Cần đối chiếu số liệu");

        CliRun found = run("search", "--memos", "--json", "doi chieu");

        assertThat(found.status()).as(found.err()).isZero();
        var hit = found.json().get(0);
        assertThat(hit.path("kind").asText()).isEqualTo("document");
        assertThat(hit.path("id").asLong()).isEqualTo(2);
        assertThat(hit.path("snippet").asText()).contains("[đối chiếu]");
        assertThat(run("search", "--memos", "doi chieu").out()).startsWith(hit.path("memoId").asText() + "\tdocument\t2\t");
        assertThat(run("search", "--json", "doi chieu").json()).allSatisfy(h -> assertThat(h.has("memoId")).isFalse());
    }

    @Test
    void wrongTargetsExitWithTheContractStatus() {
        assertThat(run("memo", "set", "--doc", "1", "--conference", "1", "x").status()).isEqualTo(2);
        assertThat(run("memo", "set", "--doc", "999", "x").status()).isEqualTo(1);
        CliRun conference = run("memos", "--conference", "999");
        assertThat(conference.status()).isEqualTo(1);
        assertThat(conference.err().strip()).isEqualTo("annals: no conference with id 999 (see annals timeline)");
        assertThat(run("memo", "set", "--theme", "không có", "x").status()).isEqualTo(1);
        assertThat(run("memo").status()).isEqualTo(2);
        assertThat(run("search", "--memos", "--notes", "x").status()).isEqualTo(2);
    }
}
