package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.annotate.AnnotateException;
import dev.annals.model.Annotation;
import dev.annals.model.Theme;

import java.util.Map;
import java.util.function.Supplier;

/** The JSON shapes of themes and annotations in the CLI contract, and the mapping of annotation errors to exit statuses. */
final class AnnotateJson {

    private AnnotateJson() {
    }

    static ObjectNode theme(Theme t, Map<Long, Theme> byId, int count) {
        ObjectNode node = Json.object();
        node.put("id", t.id());
        node.put("name", t.name());
        node.put("color", t.color());
        Theme parent = t.parentId() == null ? null : byId.get(t.parentId());
        if (parent == null) node.putNull("parent");
        else node.put("parent", parent.name());
        node.put("description", t.description());
        node.put("count", count);
        return node;
    }

    /** {"id","docId","theme","start","end","quote","note"}, plus "status" when asked. */
    static ObjectNode annotation(Annotation a, String themeName, boolean withStatus) {
        ObjectNode node = Json.object();
        node.put("id", a.id());
        node.put("docId", a.docId());
        node.put("theme", themeName);
        node.put("start", a.anchor().start());
        node.put("end", a.anchor().end());
        node.put("quote", a.anchor().exact());
        node.put("note", a.note());
        if (withStatus) node.put("status", a.status().jsonName());
        return node;
    }

    /** Runs a use case; what the user asked for that cannot be done becomes one line on stderr and its status. */
    static <T> T attempt(CliText text, Supplier<T> work) {
        try {
            return work.get();
        } catch (AnnotateException e) {
            throw new UserError(status(e.reason()), text.describe(e));
        }
    }

    static int status(AnnotateException.Reason reason) {
        return switch (reason) {
            case BAD_COLOR, BAD_NAME, RANGE_REVERSED -> ExitStatus.USAGE;
            default -> ExitStatus.SOME_FAILED;
        };
    }
}
