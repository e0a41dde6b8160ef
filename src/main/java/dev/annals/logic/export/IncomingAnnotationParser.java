package dev.annals.logic.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns one annotation object into an {@link IncomingAnnotation}, or says clearly what is wrong with it. */
final class IncomingAnnotationParser {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** Thrown inside the parser to give up on one item with a message. */
    private static final class Bad extends RuntimeException {
        Bad(String message) {
            super(message, null, false, false);
        }
    }

    IncomingAnnotation parse(JsonNode item, int index) {
        String id = item.path("id").isTextual() ? item.path("id").asText() : null;
        try {
            if (!JsonContext.hasType(item, "Annotation")) throw new Bad("its type is not Annotation");
            if (item.has("@context")) {
                String problem = JsonContext.problem(item.get("@context"));
                if (problem != null) throw new Bad(problem);
            }
            Bodies bodies = bodies(item);
            if (bodies.theme == null && bodies.note == null) throw new Bad("it has no body: no tagging body naming its theme and no note");
            String theme = bodies.theme;
            String note = bodies.note;
            List<JsonNode> targets = objects(item.path("target"), "target");
            if (targets.isEmpty()) throw new Bad("its target has no selector, so it cannot be placed in a text");
            return target(targets.get(0), index, id, theme, note, item);
        } catch (Bad e) {
            return IncomingAnnotation.invalid(index, id, "annotation " + (id == null ? "#" + index : id) + ": " + e.getMessage());
        }
    }

    /** The theme (a tagging body) and the note (a commenting body) of an annotation; either may be null. */
    private static final class Bodies {
        String theme;
        String note;

        /** A body without a purpose takes the annotation's motivation (model 3.3.5): tagging, else a note. */
        void add(String purpose, String value, boolean taggingOnly) {
            String role = purpose.isEmpty() ? (taggingOnly ? WebAnnotation.TAGGING : WebAnnotation.COMMENTING) : purpose;
            if (role.equals(WebAnnotation.TAGGING) && theme == null && !value.isBlank()) theme = nfc(value.strip());
            else if (role.equals(WebAnnotation.COMMENTING) && note == null) note = nfc(value);
        }
    }

    private static Bodies bodies(JsonNode item) {
        JsonNode motivation = item.path("motivation");
        boolean taggingOnly = motivation.isTextual() ? motivation.asText().equals(WebAnnotation.TAGGING)
                : motivation.isArray() && motivation.size() == 1 && motivation.get(0).asText().equals(WebAnnotation.TAGGING);
        Bodies bodies = new Bodies();
        for (JsonNode body : objects(item.path("body"), "body")) {
            if (!body.path("value").isMissingNode() && !body.path("value").isTextual()) throw new Bad("a body's value must be a string");
            String value = body.path("value").asText(null);
            if (value != null) bodies.add(body.path("purpose").asText(""), value, taggingOnly);
        }
        if (item.path("bodyValue").isTextual()) bodies.add("", item.path("bodyValue").asText(), taggingOnly);
        return bodies;
    }

    private static String nfc(String text) {
        return text == null ? null : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    private IncomingAnnotation target(JsonNode target, int index, String id, String theme, String note, JsonNode item) {
        JsonNode source = target.path("source");
        String sourceId = source.isTextual() ? source.asText() : source.path("id").asText(null);
        String hash = null;
        if (sourceId != null && sourceId.startsWith(WebAnnotation.SOURCE_PREFIX)) {
            String hex = sourceId.substring(WebAnnotation.SOURCE_PREFIX.length()).toLowerCase(java.util.Locale.ROOT);
            if (SHA256.matcher(hex).matches()) hash = hex;
        }
        String exact = null;
        String prefix = "";
        String suffix = "";
        int start = -1;
        int end = -1;
        for (JsonNode selector : objects(target.path("selector"), "selector")) {
            String type = selector.path("type").asText("");
            if (type.equals("TextQuoteSelector")) {
                exact = string(selector, "exact", true);
                prefix = string(selector, "prefix", false);
                suffix = string(selector, "suffix", false);
            } else if (type.equals("TextPositionSelector")) {
                start = position(selector, "start");
                end = position(selector, "end");
                if (end < start) throw new Bad("its TextPositionSelector ends (" + end + ") before it starts (" + start + ")");
            }
        }
        if ((exact == null || exact.isEmpty()) && (start < 0 || hash == null)) {
            throw new Bad("it has neither a TextQuoteSelector nor a position in a known text");
        }
        return new IncomingAnnotation(index, id, theme, note == null ? "" : note, hash, nfc(exact), nfc(prefix), nfc(suffix), start, end,
                null, null, null); // created and modified become the time of the import (0404): not parsed
    }

    private static List<JsonNode> objects(JsonNode node, String what) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isObject()) out.add(node);
        else if (node.isArray()) node.forEach(n -> {
            if (n.isObject()) out.add(n);
        });
        else if (!node.isMissingNode() && !node.isTextual()) throw new Bad("its " + what + " must be an object or an array");
        return out;
    }

    private static String string(JsonNode selector, String field, boolean required) {
        JsonNode value = selector.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if (required) throw new Bad("its TextQuoteSelector has no '" + field + "'");
            return "";
        }
        if (!value.isTextual()) throw new Bad("its TextQuoteSelector's '" + field + "' must be a string");
        return value.asText();
    }

    private static int position(JsonNode selector, String field) {
        JsonNode value = selector.path(field);
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new Bad("its TextPositionSelector's '" + field + "' must be a whole number 0 or more");
        }
        return value.asInt();
    }
}
