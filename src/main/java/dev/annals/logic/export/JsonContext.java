package dev.annals.logic.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/** Checks a JSON-LD {@code @context} without fetching anything. */
final class JsonContext {

    private static final Set<String> KNOWN = Set.of("http://www.w3.org/ns/anno.jsonld", "https://www.w3.org/ns/anno.jsonld");

    private JsonContext() {
    }

    /** Accepts the Web Annotation context, alone or in an array with inline (object) contexts; refuses anything remote. */
    static void check(JsonNode context) {
        String problem = problem(context);
        if (problem != null) throw new AnnotationFileException(problem);
    }

    static String problem(JsonNode context) {
        if (context.isTextual()) return known(context.asText());
        if (context.isArray()) {
            boolean anno = false;
            for (JsonNode entry : context) {
                if (entry.isObject()) continue;
                if (!entry.isTextual()) return "@context entries must be strings or objects";
                String p = known(entry.asText());
                if (p != null) return p;
                anno = true;
            }
            return anno ? null : "@context does not include " + WebAnnotation.CONTEXT;
        }
        return "@context must be " + WebAnnotation.CONTEXT;
    }

    private static String known(String url) {
        if (KNOWN.contains(url)) return null;
        return "the @context '" + url + "' is not the Web Annotation context (" + WebAnnotation.CONTEXT
                + "); Annals never fetches remote contexts, so it cannot read this file";
    }

    static boolean hasType(JsonNode node, String type) {
        JsonNode t = node.has("type") ? node.path("type") : node.path("@type");
        if (t.isTextual()) return t.asText().equals(type);
        if (t.isArray()) for (JsonNode e : t) if (e.asText().equals(type)) return true;
        return false;
    }
}
