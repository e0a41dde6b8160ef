package dev.annals.logic.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The W3C Web Annotation test suite (JSON Schema draft-04 assertions) as the WPT harness runs it: every schema in
 * one flat namespace keyed by file name, {@code format} asserted, and each result compared with the assertion's
 * {@code expectedResult}.
 */
final class WebAnnotationSuite {

    private static final String BASE = "https://w3c-annotation-suite.test/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebAnnotationSuite instance;

    private final Path root;
    private final Map<String, Path> byName = new HashMap<>();
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> compiled = new HashMap<>();

    private WebAnnotationSuite() {
        try {
            URL url = WebAnnotationSuite.class.getResource("/standards/w3c-web-annotation/definitions/id.json");
            root = Path.of(url.toURI()).getParent().getParent();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".json")).forEach(p -> byName.putIfAbsent(p.getFileName().toString(), p));
            }
            try (Stream<Path> defs = Files.list(root.resolve("definitions"))) {
                defs.forEach(p -> byName.put(p.getFileName().toString(), p)); // definitions win, as in the harness
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        SchemaLoader flat = iri -> {
            String text = iri.toString();
            if (!text.startsWith(BASE)) return null;
            Path file = byName.get(text.substring(text.lastIndexOf('/') + 1));
            return file == null ? null : (InputStreamSource) () -> Files.newInputStream(file);
        };
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b.schemaLoaders(l -> l.add(flat)));
    }

    static synchronized WebAnnotationSuite get() {
        if (instance == null) instance = new WebAnnotationSuite();
        return instance;
    }

    /** The assertion files a manifest lists, e.g. "annotations/annotationMusts.test". */
    List<String> assertions(String manifest) {
        try (InputStream in = Files.newInputStream(root.resolve(manifest))) {
            List<String> paths = new ArrayList<>();
            JSON.readTree(in).get("assertions").forEach(n -> paths.add(n.asText()));
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The assertions of the manifest the instance does not meet, with the suite's error message. */
    Map<String, String> failures(JsonNode instance, String manifest) {
        Map<String, String> failed = new LinkedHashMap<>();
        for (String assertion : assertions(manifest)) {
            JsonSchema schema = compiled.computeIfAbsent(assertion,
                    a -> factory.getSchema(SchemaLocation.of(BASE + a.substring(a.lastIndexOf('/') + 1)), config));
            JsonNode raw = schema.getSchemaNode();
            boolean expectValid = !"invalid".equals(raw.path("expectedResult").asText("valid"));
            var messages = schema.validate(instance);
            if (messages.isEmpty() != expectValid) {
                failed.put(assertion, raw.path("errorMessage").asText() + " " + messages);
            }
        }
        return failed;
    }
}
