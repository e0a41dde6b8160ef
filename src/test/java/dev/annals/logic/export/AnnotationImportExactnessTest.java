package dev.annals.logic.export;

import dev.annals.model.Annotation;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Annotations from elsewhere are placed only where they certainly belong; other shapes of the model are read. */
class AnnotationImportExactnessTest {

    private static final String CONTEXT = "\"@context\": \"http://www.w3.org/ns/anno.jsonld\"";
    private static final String FOREIGN = "urn:sha256:" + "1".repeat(64);
    private static final String TEXT = "Dự hội nghị có Đại tướng Tô Lâm, Bộ trưởng Bộ Công an; Thượng tướng Nguyễn Văn Sơn, "
            + "Thứ trưởng Bộ Công an; Trung tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an.\n";

    @TempDir
    Path dir;

    private final InMemoryLibrary library = new InMemoryLibrary();
    private final long doc = library.addDocument("Hội nghị", PartialDate.ofYear(2021), TEXT);
    private final long other = library.addDocument("Bài khác", PartialDate.ofYear(2022), "Ông Nguyễn Văn Bình phát biểu.\n");

    private AnnotationImportReport importItems(String... items) throws IOException {
        Path file = dir.resolve("in.jsonld");
        Files.writeString(file, "{" + CONTEXT + ", \"type\": \"AnnotationPage\", \"items\": [" + String.join(",", items) + "]}");
        return library.importer().importFile(file);
    }

    private static String quoted(String id, String source, String exact, String prefix, String suffix) {
        return "{\"id\": \"" + id + "\", \"type\": \"Annotation\", \"body\": {\"type\": \"TextualBody\", \"purpose\": \"tagging\", "
                + "\"value\": \"Người\"}, \"target\": {\"source\": \"" + source + "\", \"selector\": {\"type\": \"TextQuoteSelector\", "
                + "\"exact\": \"" + exact + "\", \"prefix\": \"" + prefix + "\", \"suffix\": \"" + suffix + "\"}}}";
    }

    private List<Annotation> stored() {
        List<Annotation> all = new ArrayList<>();
        all.addAll(library.annotateServices().annotations().forDocument(doc));
        all.addAll(library.annotateServices().annotations().forDocument(other));
        return all;
    }

    @Test
    void aForeignQuoteIsNeverFuzzedOntoAnotherPersonAndTheSourceIsNotCached() throws IOException {
        AnnotationImportReport report = importItems(
                quoted("a1", FOREIGN, "Nguyễn Văn An", "Thứ trưởng Bộ Công an; Thượng tướng ", ", Thứ trưởng Bộ Công an; Trung tướng"),
                quoted("a2", FOREIGN, "Thứ trưởng", "Nguyễn Văn Sơn, ", " Bộ Công an; Trung tướng Lê"),
                quoted("a3", FOREIGN, "Nguyễn Văn Sơ", "Thứ trưởng Bộ Công an; Thượng tướng ", ", Thứ trưởng Bộ Công an; Trung tướng"));

        assertThat(report.details()).extracting(ImportDetail::status)
                .containsExactly(ImportDetail.UNKNOWN_DOCUMENT, ImportDetail.ANCHORED, ImportDetail.UNKNOWN_DOCUMENT);
        assertThat(report.unknownDocuments()).isEqualTo(2);
        assertThat(report.orphaned()).isZero();
        assertThat(report.complete()).isFalse();
        assertThat(stored()).extracting(a -> a.anchor().exact()).containsExactly("Thứ trưởng");
    }

    @Test
    void anExactQuoteIsUsedOnlyWhenItsContextAgreesAtExactlyOnePlace() throws IOException {
        AnnotationImportReport report = importItems(
                quoted("twice", FOREIGN, "Thứ trưởng Bộ Công an", "", ""),
                quoted("wrong-prefix", FOREIGN, "Nguyễn Văn Sơn", "Đại tướng ", ""),
                quoted("once", FOREIGN, "Nguyễn Văn", "Ông ", " Bình"),
                quoted("no-source", "https://example.com/article", "Lê Quốc Hùng", "Trung tướng ", ", Thứ"));

        assertThat(report.details()).extracting(ImportDetail::status).containsExactly(ImportDetail.UNKNOWN_DOCUMENT,
                ImportDetail.UNKNOWN_DOCUMENT, ImportDetail.ANCHORED, ImportDetail.ANCHORED);
        assertThat(report.details().get(2).docId()).isEqualTo(other);
        assertThat(report.details().get(3).docId()).isEqualTo(doc);
    }

    @Test
    void aTextualBodyWithoutPurposeIsTheNoteAndBodyValueIsAccepted() throws IOException {
        String sha = library.docs.get(doc).sha256();
        String target = "\"target\": {\"source\": \"urn:sha256:" + sha + "\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"Tô Lâm\"}}";
        AnnotationImportReport report = importItems(
                "{\"type\": \"Annotation\", \"body\": [{\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"Lãnh đạo\"}, "
                        + "{\"type\": \"TextualBody\", \"value\": \"Bộ trưởng phát biểu\"}], " + target + "}",
                "{\"type\": \"Annotation\", \"motivation\": \"commenting\", \"bodyValue\": \"Chỉ có ghi chú\", " + target.replace("Tô Lâm", "Lê Quốc Hùng") + "}",
                "{\"type\": \"Annotation\", \"motivation\": \"tagging\", \"bodyValue\": \"Thẻ\", " + target.replace("Tô Lâm", "Nguyễn Văn Sơn") + "}");

        assertThat(report.anchored()).as(report.details().toString()).isEqualTo(3);
        List<Annotation> placed = library.annotateServices().annotations().forDocument(doc);
        assertThat(placed).extracting(Annotation::note).contains("Bộ trưởng phát biểu", "Chỉ có ghi chú", "");
        assertThat(library.themes.values()).extracting(t -> t.name()).contains("Lãnh đạo", "Thẻ", AnnotationImportService.UNTAGGED_THEME);
    }

    @Test
    void theFlattenedGraphThatJsonLdToolsWriteIsRead() throws IOException {
        String sha = library.docs.get(doc).sha256();
        Path file = dir.resolve("graph.jsonld");
        Files.writeString(file, "{" + CONTEXT + ", \"@graph\": ["
                + "{\"id\": \"_:b0\", \"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"Lãnh đạo\"},"
                + "{\"id\": \"_:b1\", \"type\": \"TextualBody\", \"purpose\": \"commenting\", \"value\": \"từ @graph\"},"
                + "{\"id\": \"_:b2\", \"type\": \"SpecificResource\", \"source\": \"urn:sha256:" + sha + "\", \"selector\": \"_:b3\"},"
                + "{\"id\": \"_:b3\", \"type\": \"TextQuoteSelector\", \"exact\": \"Lê Quốc Hùng\"},"
                + "{\"id\": \"urn:uuid:9\", \"type\": \"Annotation\", \"body\": [\"_:b0\", \"_:b1\"], \"target\": \"_:b2\"}"
                + "]}");

        AnnotationImportReport report = library.importer().importFile(file);

        assertThat(report.anchored()).as(report.details().toString()).isEqualTo(1);
        Annotation placed = library.annotateServices().annotations().forDocument(doc).get(0);
        assertThat(placed.anchor().exact()).isEqualTo("Lê Quốc Hùng");
        assertThat(placed.note()).isEqualTo("từ @graph");
    }

    @Test
    void absurdNestingGetsAPlainMessage() {
        Path file = dir.resolve("deep.jsonld");
        assertThatThrownBy(() -> {
            Files.writeString(file, "{" + CONTEXT + ", \"items\": [" + "[".repeat(100_000) + "]".repeat(100_000) + "]}");
            library.importer().importFile(file);
        }).isInstanceOf(AnnotationFileException.class)
                .hasMessageContaining("nested more than 64 levels deep")
                .hasMessageNotContaining("StreamReadConstraints").hasMessageNotContaining("getMaxNestingDepth");
    }
}
