package dev.annals.logic.analysis;

import dev.annals.logic.timeline.Period;
import dev.annals.logic.timeline.ThemeTrend;
import dev.annals.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeTrendExportsTest {

    @TempDir
    Path dir;

    private static Theme theme(long id, String name) {
        return new Theme(id, name, "#336699", null, null, 0);
    }

    private final ThemeTrend trend = new ThemeTrend(List.of(new Period(2020, 0), new Period(2021, 2), new Period(2021, 4)),
            List.of(theme(1, "an ninh trật tự"), theme(2, "=công thức, \"trích\"")),
            Map.of(1L, new int[]{1, 0, 3}, 2L, new int[]{0, 2, 0}), 3);

    @Test
    void writesARowPerThemeAndAColumnPerPeriodSafeForSpreadsheets() throws Exception {
        StringWriter w = new StringWriter();
        ThemeTrendExports.csv(trend, w);
        assertThat(w.toString()).isEqualTo("theme,2020,2021-Q2,2021-Q4\r\n"
                + "an ninh trật tự,1,0,3\r\n"
                + "\"'=công thức, \"\"trích\"\"\",0,2,0\r\n");
    }

    @Test
    void writesTheFileWholeAndRefusesOneInsideTheLibrary() throws Exception {
        Path file = dir.resolve("themes.csv");
        ThemeTrendExports.writeCsv(trend, file, dir.resolve("library"));
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("theme,2020,");
        Path inside = dir.resolve("library/x.csv");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ThemeTrendExports.writeCsv(trend, inside, dir.resolve("library")))
                .isInstanceOf(dev.annals.logic.export.TargetRefusedException.class);
        assertThat(inside).doesNotExist();
    }
}
