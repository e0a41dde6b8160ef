package dev.annals.logic.annotate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/** Reads the anchoring vectors in src/test/resources/anchoring. */
final class Vectors {

    private Vectors() {
    }

    static JsonNode read(String file) {
        try (InputStream in = Vectors.class.getResourceAsStream("/anchoring/" + file)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One argument set (id, case) per element of the array {@code field}. */
    static Stream<Arguments> cases(String file, String field) {
        List<Arguments> out = new ArrayList<>();
        read(file).get(field).forEach(c -> out.add(Arguments.of(c.get("id").asText(), c)));
        return out.stream();
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** UTF-16 units as ints: the unit the upstream vectors count in. */
    static int[] utf16(String s) {
        return s == null ? null : s.chars().toArray();
    }
}
