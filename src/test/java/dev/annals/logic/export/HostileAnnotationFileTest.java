package dev.annals.logic.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostileAnnotationFileTest {

    private static final String CONTEXT = "\"@context\": \"http://www.w3.org/ns/anno.jsonld\"";

    @TempDir
    Path dir;

    private final ExportFixture fixture = new ExportFixture();

    private AnnotationImportReport importText(String json) throws IOException {
        Path file = dir.resolve("in.jsonld");
        Files.writeString(file, json);
        return fixture.library.importer().importFile(file);
    }

    private static String annotation(String target) {
        return "{" + CONTEXT + ", \"id\": \"urn:uuid:1\", \"type\": \"Annotation\", \"body\": {\"type\": \"TextualBody\", "
                + "\"purpose\": \"tagging\", \"value\": \"Mới\"}, \"target\": " + target + "}";
    }

    @Test
    void malformedJsonSaysWhereItBroke() {
        assertThatThrownBy(() -> importText("{" + CONTEXT + ", \"items\": [ {\"type\": \"Annotation\"}, ]}"))
                .isInstanceOf(AnnotationFileException.class).hasMessageContaining("is not valid JSON (line 1, column");
        assertThatThrownBy(() -> importText("not json at all")).isInstanceOf(AnnotationFileException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> importText("{" + CONTEXT + ", \"items\": [")).isInstanceOf(AnnotationFileException.class);
    }

    @Test
    void wrongShapesAreRefusedClearly() {
        assertThatThrownBy(() -> importText("\"just a string\"")).hasMessageContaining("does not hold a JSON object or array");
        assertThatThrownBy(() -> importText("{\"type\": \"AnnotationCollection\", \"first\": {\"items\": []}}")).hasMessageContaining("no @context");
        assertThatThrownBy(() -> importText("{" + CONTEXT + ", \"type\": \"Person\"}")).hasMessageContaining("no annotations found");
        assertThatThrownBy(() -> importText("{" + CONTEXT + ", \"first\": 42}")).hasMessageContaining("embedded AnnotationPage");
        assertThatThrownBy(() -> importText("{" + CONTEXT + ", \"items\": {}}")).hasMessageContaining("must be an array");
    }

    @Test
    void remoteContextsAndLinkedPagesAreNeverFetched() {
        assertThatThrownBy(() -> importText("{\"@context\": \"http://evil.example/context.jsonld\", \"items\": []}"))
                .hasMessageContaining("never fetches remote contexts");
        assertThatThrownBy(() -> importText("{\"@context\": [\"http://www.w3.org/ns/anno.jsonld\", \"https://evil.example/x\"], \"items\": []}"))
                .hasMessageContaining("https://evil.example/x");
        assertThatThrownBy(() -> importText("{" + CONTEXT + ", \"type\": \"AnnotationCollection\", \"first\": \"https://evil.example/page1\"}"))
                .hasMessageContaining("never fetches from the network");
    }

    @Test
    void itemsOfTheWrongTypeAreReportedOneByOneWhileTheOthersImport() throws IOException {
        String good = annotation("{\"source\": \"urn:sha256:" + fixture.library.docs.get(fixture.review).sha256()
                + "\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"lực lượng Công an\"}}");
        String json = "{" + CONTEXT + ", \"type\": \"AnnotationCollection\", \"first\": {\"type\": \"AnnotationPage\", \"items\": ["
                + good + ", "
                + annotation("{\"source\": \"urn:x\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": 5}}") + ", "
                + annotation("{\"source\": \"urn:x\", \"selector\": {\"type\": \"TextPositionSelector\", \"start\": -1, \"end\": \"3\"}}") + ", "
                + annotation("\"http://example.com/doc\"") + ", "
                + "{\"type\": \"Annotation\", \"target\": {}}, 17, \"https://example.com/anno/9\"]}}";
        AnnotationImportReport report = importText(json);
        assertThat(report.anchored()).isEqualTo(1);
        assertThat(report.invalid()).isEqualTo(6);
        assertThat(report.details()).extracting(ImportDetail::reason).filteredOn(r -> r != null).anySatisfy(r -> assertThat(r).contains("'exact' must be a string"))
                .anySatisfy(r -> assertThat(r).contains("whole number 0 or more"))
                .anySatisfy(r -> assertThat(r).contains("no selector"))
                .anySatisfy(r -> assertThat(r).contains("no tagging body"))
                .anySatisfy(r -> assertThat(r).contains("not an annotation object"))
                .anySatisfy(r -> assertThat(r).contains("does not fetch it"));
        assertThat(fixture.library.themes.values()).extracting(t -> t.name()).contains("Mới");
    }

    @Test
    void oversizedFilesAndDeepNestingAreRefusedBeforeParsing() throws IOException {
        Path big = dir.resolve("big.jsonld");
        Files.writeString(big, "{" + CONTEXT + ", \"items\": [" + "{\"type\":\"Annotation\"},".repeat(2000) + "{}]}");
        var limited = new AnnotationImportService(fixture.library.documentStore, fixture.library.annotateServices(), 10_000);
        assertThatThrownBy(() -> limited.importFile(big)).isInstanceOf(AnnotationFileException.class).hasMessageContaining("the limit");
        assertThatThrownBy(() -> importText("{" + CONTEXT + ", \"items\": [" + "[".repeat(5000) + "]".repeat(5000) + "]}"))
                .isInstanceOf(AnnotationFileException.class).hasMessageContaining("nested more than 64 levels");
    }
}
