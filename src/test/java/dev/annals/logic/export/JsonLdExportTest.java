package dev.annals.logic.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.model.CodePoints;
import dev.annals.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLdExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ExportFixture fixture = new ExportFixture();

    private JsonNode export(ExportOptions options) throws IOException {
        Path file = dir.resolve("notes.jsonld");
        fixture.exporter().export(options, file, true, ReportLabels.english(), ExportListener.NONE);
        return JSON.readTree(file.toFile());
    }

    private static List<JsonNode> items(JsonNode collection) {
        List<JsonNode> items = new ArrayList<>();
        collection.path("first").path("items").forEach(items::add);
        return items;
    }

    @Test
    void suiteAcceptsTheSpecExampleAndRejectsARelativeId() throws IOException {
        var suite = WebAnnotationSuite.get();
        assertThat(suite.assertions("annotations/annotationMusts.test")).hasSize(54);
        JsonNode example = JSON.readTree(getClass().getResource("/standards/w3c-web-annotation/tools/samples/correct/anno27.json"));
        assertThat(suite.failures(example, "annotations/annotationMusts.test")).isEmpty();
        ((ObjectNode) example).put("id", "notes/anno27");
        assertThat(suite.failures(example, "annotations/annotationMusts.test")).containsKey("annotations/3.1-annotationIdValidated.json");
    }

    @Test
    void everyExportedAnnotationPassesAllFiftyFourMusts() throws IOException {
        JsonNode collection = export(ExportOptions.defaults(ExportFormat.JSONLD));
        List<JsonNode> items = items(collection);
        assertThat(items).hasSize(5);
        for (JsonNode item : items) {
            assertThat(WebAnnotationSuite.get().failures(item, "annotations/annotationMusts.test")).as(item.toString()).isEmpty();
        }
    }

    @Test
    void collectionAndItsPagePassTheirMusts() throws IOException {
        JsonNode collection = export(ExportOptions.defaults(ExportFormat.JSONLD));
        assertThat(WebAnnotationSuite.get().failures(collection, "collections/collectionMusts.test")).isEmpty();
        assertThat(WebAnnotationSuite.get().failures(collection, "collections/pages/pageMusts.test")).isEmpty();
        assertThat(collection.path("total").asInt()).isEqualTo(5);
    }

    @Test
    void emptyScopeStillGivesAValidCollection() throws IOException {
        var scope = new ExportScope(null, java.util.Set.of(), dev.annals.model.PartialDate.ofYear(1990), dev.annals.model.PartialDate.ofYear(1991));
        JsonNode collection = export(ExportOptions.defaults(ExportFormat.JSONLD).withScope(scope));
        assertThat(items(collection)).isEmpty();
        assertThat(WebAnnotationSuite.get().failures(collection, "collections/collectionMusts.test")).isEmpty();
        assertThat(WebAnnotationSuite.get().failures(collection, "collections/pages/pageMusts.test")).isEmpty();
    }

    @Test
    void positionsCountCodePointsOfTheNormalizedText() throws IOException {
        for (JsonNode item : items(export(ExportOptions.defaults(ExportFormat.JSONLD)))) {
            JsonNode target = item.path("target");
            String hash = target.path("source").path("id").asText().substring("urn:sha256:".length());
            Document doc = fixture.library.docs.values().stream().filter(d -> d.sha256().equals(hash)).findFirst().orElseThrow();
            String exact = null;
            int start = -1;
            int end = -1;
            for (JsonNode selector : target.path("selector")) {
                if (selector.path("type").asText().equals("TextQuoteSelector")) exact = selector.path("exact").asText();
                if (selector.path("type").asText().equals("TextPositionSelector")) {
                    start = selector.path("start").asInt();
                    end = selector.path("end").asInt();
                }
            }
            assertThat(CodePoints.substring(doc.text(), start, end)).isEqualTo(exact);
        }
    }

    @Test
    void themeAndNoteAreTextualBodiesWithTaggingAndCommentingPurposes() throws IOException {
        JsonNode first = items(export(ExportOptions.defaults(ExportFormat.JSONLD))).get(0);
        assertThat(first.path("motivation").toString()).isEqualTo("[\"tagging\",\"commenting\"]");
        assertThat(first.path("body").get(0).path("purpose").asText()).isEqualTo("tagging");
        assertThat(first.path("body").get(0).path("value").asText()).isEqualTo(fixture.childTheme.name());
        List<String> notes = new ArrayList<>();
        for (JsonNode item : items(export(ExportOptions.defaults(ExportFormat.JSONLD)))) {
            for (JsonNode body : item.path("body")) {
                assertThat(body.path("purpose").asText()).isIn("tagging", "commenting");
                if (body.path("purpose").asText().equals("commenting")) notes.add(body.path("value").asText());
            }
        }
        assertThat(notes).contains(ExportFixture.TRICKY_NOTE, "@mention and +plus", "\ttab first");
    }

    @Test
    void idsStayTheSameFromOneExportToTheNext() throws IOException {
        List<String> first = items(export(ExportOptions.defaults(ExportFormat.JSONLD))).stream().map(i -> i.path("id").asText()).toList();
        List<String> second = items(export(ExportOptions.defaults(ExportFormat.JSONLD))).stream().map(i -> i.path("id").asText()).toList();
        assertThat(first).isEqualTo(second).allMatch(id -> id.matches("urn:uuid:[0-9a-f-]{36}")).doesNotHaveDuplicates();
    }

    @Test
    void orphansAndExportsWithoutQuotesOrNotesStillPassTheMusts() throws IOException {
        var a = fixture.library.annotations.values().iterator().next();
        fixture.library.annotations.put(a.id(), new dev.annals.model.Annotation(a.id(), a.docId(), a.themeId(), a.anchor(), a.note(),
                dev.annals.model.AnchorStatus.ORPHANED, a.textSha256(), a.created(), a.modified()));
        var bare = new ExportOptions(ExportFormat.JSONLD, ExportScope.EVERYTHING, GroupBy.THEME, false, false, false, false);
        List<JsonNode> items = items(export(bare));
        assertThat(items).hasSize(5);
        for (JsonNode item : items) {
            assertThat(WebAnnotationSuite.get().failures(item, "annotations/annotationMusts.test")).as(item.toString()).isEmpty();
            assertThat(item.path("target").path("selector")).hasSize(1);
            assertThat(item.path("body")).hasSize(1);
        }
        JsonNode orphan = items.stream().filter(i -> i.path("id").asText().endsWith(
                new StableIds(java.util.UUID.fromString(fixture.library.settingValues.get("library.uuid"))).annotation(a.id()).toString())).findFirst().orElseThrow();
        assertThat(orphan.path("target").path("selector").get(0).path("type").asText()).isEqualTo("TextQuoteSelector");
    }
}
