package dev.annals.logic.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    @TempDir
    Path dir;

    private final ExportFixture fixture = new ExportFixture();

    private byte[] export(ExportOptions options) throws IOException {
        Path file = dir.resolve("notes.csv");
        fixture.exporter().export(options, file, true, ReportLabels.english(), ExportListener.NONE);
        return Files.readAllBytes(file);
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return parser.getRecords();
        }
    }

    @Test
    void writesOneRowPerAnnotationWithTheContractColumns() throws IOException {
        byte[] bytes = export(ExportOptions.defaults(ExportFormat.CSV));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("document,date,theme,quote,note,start,end,created,modified,kind\r\n");
        List<CSVRecord> rows = parse(bytes);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0).get("date")).isEqualTo("2020");
        assertThat(rows.get(0).get("created")).isEqualTo("2024-03-01T10:15:30.250Z");
    }

    @Test
    void neutralisesCellsThatASpreadsheetWouldRunAsFormulas() throws IOException {
        List<CSVRecord> rows = parse(export(ExportOptions.defaults(ExportFormat.CSV)));
        List<String> cells = rows.stream().flatMap(r -> List.of(r.get("document"), r.get("theme"), r.get("quote"), r.get("note")).stream()).toList();
        assertThat(cells).allSatisfy(c -> assertThat(c).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
        assertThat(cells).contains("'=cmd|' /C calc'!A0", "'=SUM(A1:A9) không phải công thức", "'-10 điểm nóng",
                "'@mention and +plus", "'\ttab first", "'-negative start, with comma");
    }

    @Test
    void notesWithQuotesCommasAndNewlinesAndAstralCharactersComeBackIntact() throws IOException {
        List<CSVRecord> rows = parse(export(ExportOptions.defaults(ExportFormat.CSV)));
        assertThat(rows).extracting(r -> r.get("note")).contains(ExportFixture.TRICKY_NOTE);
        assertThat(rows).extracting(r -> r.get("quote")).contains("bảo đảm an ninh, trật tự\" 😃 là nhiệm vụ 𝔸");
        assertThat(rows).extracting(r -> r.get("document")).contains("Hội nghị Công an toàn quốc lần thứ 77, \"tổng kết\"");
    }

    @Test
    void writesAByteOrderMarkOnlyWhenAsked() throws IOException {
        ExportOptions plain = ExportOptions.defaults(ExportFormat.CSV);
        assertThat(export(plain)[0]).isEqualTo((byte) 'd');
        ExportOptions bom = new ExportOptions(ExportFormat.CSV, plain.scope(), plain.groupBy(), true, true, false, true);
        byte[] bytes = export(bom);
        assertThat(new byte[]{bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(parse(bytes)).hasSize(5);
    }

    @Test
    void leavesNotesAndQuotesOutWhenAskedAndAddsContextColumns() throws IOException {
        ExportOptions options = new ExportOptions(ExportFormat.CSV, ExportScope.EVERYTHING, GroupBy.THEME, false, false, true, false);
        List<CSVRecord> rows = parse(export(options));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("note")).isEmpty();
            assertThat(r.get("quote")).isEmpty();
        });
        assertThat(rows.get(0).isMapped("prefix")).isTrue();
        assertThat(rows.get(0).get("suffix")).isNotEmpty();
    }
}
