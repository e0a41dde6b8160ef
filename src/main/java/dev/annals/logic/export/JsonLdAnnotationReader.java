package dev.annals.logic.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads annotations from a W3C Web Annotation JSON-LD file one at a time: an AnnotationCollection with its page
 * embedded in {@code first}, an AnnotationPage, a single Annotation or an array of them. Hostile input is bounded
 * (file size, nesting, string length, item count) and nothing is ever fetched: a {@code @context} other than the
 * Web Annotation one, or a page or item given only by its link, is refused with a clear message.
 */
final class JsonLdAnnotationReader {

    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    static final int MAX_ITEMS = 2_000_000;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(4_000_000)
                    .maxNumberLength(32).maxNameLength(1000).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private final long maxBytes;
    private final IncomingAnnotationParser items = new IncomingAnnotationParser();
    private int count;

    JsonLdAnnotationReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void read(Path file, Consumer<IncomingAnnotation> sink) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new AnnotationFileException(file + " is " + size / (1024 * 1024) + " MB; the limit for an annotation file is "
                    + maxBytes / (1024 * 1024) + " MB");
        }
        try (JsonParser p = MAPPER.createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) readItems(p, sink);
            else if (first == JsonToken.START_OBJECT) readTop(p, sink);
            else throw new AnnotationFileException(file + " does not hold a JSON object or array (an AnnotationCollection was expected)");
            if (p.nextToken() != null) throw new AnnotationFileException(file + " has more content after its JSON value");
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new AnnotationFileException(file + " is not valid JSON" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
    }

    private void readTop(JsonParser p, Consumer<IncomingAnnotation> sink) throws IOException {
        ObjectNode rest = MAPPER.createObjectNode();
        boolean streamed = false;
        boolean context = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "@context" -> {
                    JsonContext.check(p.readValueAsTree());
                    context = true;
                }
                case "first" -> {
                    if (value == JsonToken.VALUE_STRING) throw linked("the collection's first page", p.getText());
                    if (value != JsonToken.START_OBJECT) throw new AnnotationFileException("'first' must be an embedded AnnotationPage object");
                    readPage(p, sink);
                    streamed = true;
                }
                case "items" -> {
                    if (value != JsonToken.START_ARRAY) throw new AnnotationFileException("'items' must be an array of annotations");
                    readItems(p, sink);
                    streamed = true;
                }
                default -> rest.set(name, p.readValueAsTree());
            }
        }
        if (!context) throw new AnnotationFileException("this is not a Web Annotation file: it has no @context");
        if (streamed) return;
        if (!JsonContext.hasType(rest, "Annotation")) {
            throw new AnnotationFileException("no annotations found: expected an AnnotationCollection with first.items, an AnnotationPage with items, or an Annotation");
        }
        sink.accept(items.parse(rest, ++count));
    }

    private void readPage(JsonParser p, Consumer<IncomingAnnotation> sink) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("items")) {
                if (value != JsonToken.START_ARRAY) throw new AnnotationFileException("'first.items' must be an array of annotations");
                readItems(p, sink);
            } else if (name.equals("next") && value == JsonToken.VALUE_STRING) {
                throw linked("the next page", p.getText());
            } else if (name.equals("@context")) {
                JsonContext.check(p.readValueAsTree());
            } else {
                p.skipChildren();
            }
        }
    }

    private void readItems(JsonParser p, Consumer<IncomingAnnotation> sink) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) throw new AnnotationFileException("the file ends inside the list of annotations");
            if (++count > MAX_ITEMS) throw new AnnotationFileException("the file holds more than " + MAX_ITEMS + " annotations");
            if (t == JsonToken.START_OBJECT) {
                JsonNode item = p.readValueAsTree();
                sink.accept(items.parse(item, count));
            } else if (t == JsonToken.VALUE_STRING) {
                sink.accept(IncomingAnnotation.invalid(count, p.getText(), "the annotation is only a link; Annals does not fetch it"));
            } else {
                p.skipChildren();
                sink.accept(IncomingAnnotation.invalid(count, null, "item " + count + " is not an annotation object"));
            }
        }
    }

    private static AnnotationFileException linked(String what, String url) {
        return new AnnotationFileException(what + " is only a link (" + url + "); Annals reads embedded annotations and never fetches from the network");
    }
}
