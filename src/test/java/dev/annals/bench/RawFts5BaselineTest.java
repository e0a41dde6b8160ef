package dev.annals.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RawFts5BaselineTest {

    @TempDir
    Path folder;

    @Test
    void insertsTheTextsIntoABareFts5TableAndTimesIt() {
        List<String> texts = List.of("Hội nghị Công an toàn quốc.", "Đảng ủy Công an Trung ương.", "Quân đội nhân dân.");
        long millis = RawFts5Baseline.insertMillis(folder.resolve("raw.db"), texts);
        assertThat(millis).isNotNegative();
        try (RawFts5Baseline raw = RawFts5Baseline.create(folder.resolve("raw.db"), texts)) {
            assertThat(raw.search("\"cong\" AND \"an\"", 20)).isEqualTo(2);
            assertThat(raw.search("\"nhan dan\"", 20)).isEqualTo(1);
            assertThat(raw.search("\"cong\"", 1)).isEqualTo(1);
        }
    }
}
