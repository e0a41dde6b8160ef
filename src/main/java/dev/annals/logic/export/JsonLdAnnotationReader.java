package dev.annals.logic.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Reads annotations from a W3C Web Annotation JSON-LD file one at a time: an AnnotationCollection with its page
 * embedded in {@code first}, an AnnotationPage, a single Annotation, an array of them, or the flattened
 * {@code @graph} form of JSON-LD tools (read whole, so bounded by the file size limit). Hostile input is bounded
 * (file size, nesting, string length, item count) and nothing is ever fetched: a {@code @context} other than the
 * Web Annotation one, or a page or item given only by its link, is refused with a clear message.
 */
final class JsonLdAnnotationReader {

    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    static final int MAX_ITEMS = 2_000_000;
    private static final int MAX_NESTING = 64;
    private static final int MAX_STRING = 4_000_000;
    private static final int MAX_NUMBER = 32;
    private static final int MAX_NAME = 1000;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER).maxNameLength(MAX_NAME).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    static final long MAX_GRAPH_BYTES = 64L * 1024 * 1024;
    private final long maxBytes;
    private long fileBytes;
    private final IncomingAnnotationParser items = new IncomingAnnotationParser();
    private int count;

    JsonLdAnnotationReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void read(Path file, Consumer<IncomingAnnotation> sink) throws IOException {
        long size = Files.size(file);
        fileBytes = size;
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
        } catch (StreamConstraintsException e) {
            throw new AnnotationFileException(file + " " + limitBroken(e.getMessage()) + "; a Web Annotation file never needs that, so it was not read", e);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            throw new AnnotationFileException(file + " is not valid JSON" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** Which of the reader's limits the file broke, in words. */
    private static String limitBroken(String message) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting")) return "is nested more than " + MAX_NESTING + " levels deep";
        if (m.contains("string")) return "holds a text longer than " + MAX_STRING / 1_000_000 + " million characters";
        if (m.contains("number")) return "holds a number longer than " + MAX_NUMBER + " digits";
        if (m.contains("name")) return "holds a property name longer than " + MAX_NAME + " characters";
        return "is larger than the reader accepts";
    }

    private void readTop(JsonParser p, Consumer<IncomingAnnotation> sink) throws IOException {
        ObjectNode rest = MAPPER.createObjectNode();
        JsonNode graph = null;
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
                case "@graph" -> {
                    if (fileBytes > MAX_GRAPH_BYTES) {
                        throw new AnnotationFileException("this file is in the flattened @graph form, which is read whole; above "
                                + MAX_GRAPH_BYTES / (1024 * 1024) + " MB, export it with embedded annotations instead");
                    }
                    graph = p.readValueAsTree();
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
        if (graph != null) {
            for (JsonNode annotation : FlattenedGraph.annotations(graph)) {
                if (++count > MAX_ITEMS) throw new AnnotationFileException("the file holds more than " + MAX_ITEMS + " annotations");
                sink.accept(items.parse(annotation, count));
            }
            return;
        }
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
