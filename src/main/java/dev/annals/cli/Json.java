package dev.annals.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.model.PartialDate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Writes the one JSON value a --json command prints. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Puts "date" and "datePrecision" with their real precision, or both null. */
    public static void putDate(ObjectNode node, PartialDate date) {
        if (date == null) {
            node.putNull("date");
            node.putNull("datePrecision");
        } else {
            node.put("date", date.iso());
            node.put("datePrecision", date.precision().jsonName());
        }
    }

    public static void print(PrintStream out, Object value) {
        try {
            out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
