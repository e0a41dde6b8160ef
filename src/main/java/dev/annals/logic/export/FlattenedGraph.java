package dev.annals.logic.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flattened form JSON-LD tools write ({@code {"@graph": [...]}}): every node at the top, nested ones replaced
 * by their id ({@code "body": "_:b0"}). Each Annotation is put back together by replacing, in the properties that
 * hold nodes, an id with the node it names; the result reads like an embedded annotation.
 */
final class FlattenedGraph {

    private static final Set<String> NODE_PROPERTIES = Set.of("body", "target", "selector", "refinedBy", "source");
    private static final int MAX_DEPTH = 8;

    private final Map<String, JsonNode> byId = new HashMap<>();

    private FlattenedGraph(JsonNode graph) {
        for (JsonNode node : graph) {
            String id = id(node);
            if (id != null) byId.put(id, node);
        }
    }

    /** The annotations of the graph, each with its bodies, targets and selectors embedded again. */
    static List<JsonNode> annotations(JsonNode graph) {
        if (!graph.isArray()) throw new AnnotationFileException("'@graph' must be an array of nodes");
        FlattenedGraph g = new FlattenedGraph(graph);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode node : graph) {
            if (node.isObject() && JsonContext.hasType(node, "Annotation")) out.add(g.embed(node, 0));
        }
        return out;
    }

    private JsonNode embed(JsonNode node, int depth) {
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        if (depth >= MAX_DEPTH) return copy;
        for (String property : NODE_PROPERTIES) {
            JsonNode value = copy.get(property);
            if (value == null) continue;
            if (value.isArray()) {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                value.forEach(v -> array.add(resolve(v, depth)));
                copy.set(property, array);
            } else {
                copy.set(property, resolve(value, depth));
            }
        }
        return copy;
    }

    /** A reference (an id string, or an object holding only an id) becomes the node it names, when the graph has it. */
    private JsonNode resolve(JsonNode value, int depth) {
        String ref = value.isTextual() ? value.asText() : value.isObject() && value.size() == 1 ? id(value) : null;
        JsonNode target = ref == null ? null : byId.get(ref);
        if (target != null && target.isObject()) return embed(target, depth + 1);
        return value.isObject() ? embed(value, depth + 1) : value;
    }

    private static String id(JsonNode node) {
        JsonNode id = node.has("id") ? node.get("id") : node.get("@id");
        return id != null && id.isTextual() ? id.asText() : null;
    }
}
