package dev.annals.logic.export;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.annals.model.DocumentSummary;

import java.io.IOException;

/**
 * A memo as a Web Annotation (ADR 0046): a commenting body whose target is the whole object, with no selector. A
 * document's memo targets the document; a conference's targets its documents (REFI-QDA and the model know no
 * conferences); a theme's targets the theme by the same id its code has in a .qdpx; the library's, the library.
 */
final class JsonLdMemos {

    private JsonLdMemos() {
    }

    static void write(JsonGenerator g, ExportJob job, ScopedMemo m) throws IOException {
        var memo = m.memo();
        g.writeStartObject();
        g.writeStringField("@context", WebAnnotation.CONTEXT);
        g.writeStringField("id", "urn:uuid:" + job.ids().memo(memo.id()));
        g.writeStringField("type", "Annotation");
        g.writeStringField("motivation", WebAnnotation.COMMENTING);
        g.writeStringField("created", memo.created().toString());
        g.writeStringField("modified", memo.updated().toString());
        g.writeObjectFieldStart("body");
        g.writeStringField("type", "TextualBody");
        g.writeStringField("purpose", WebAnnotation.COMMENTING);
        g.writeStringField("value", memo.title().isEmpty() ? memo.text() : memo.title() + "\n" + memo.text());
        g.writeStringField("format", "text/plain");
        g.writeEndObject();
        switch (m.kind()) {
            case DOCUMENT -> {
                g.writeFieldName("target");
                source(g, m.documents().get(0), m.about());
            }
            case CONFERENCE -> {
                g.writeArrayFieldStart("target");
                for (DocumentSummary d : m.documents()) source(g, d, d.title() == null ? "#" + d.id() : d.title());
                g.writeEndArray();
            }
            case THEME -> resource(g, "urn:uuid:" + job.ids().theme(m.theme().id()), m.about());
            case LIBRARY -> resource(g, "urn:uuid:" + job.ids().project(), memo.formerConference().isEmpty() ? "Annals library" : memo.formerConference());
        }
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, DocumentSummary d, String label) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", WebAnnotation.SOURCE_PREFIX + d.sha256());
        g.writeStringField("type", "Text");
        g.writeStringField("format", "text/plain");
        g.writeStringField("label", label);
        g.writeEndObject();
    }

    private static void resource(JsonGenerator g, String id, String label) throws IOException {
        g.writeObjectFieldStart("target");
        g.writeStringField("id", id);
        g.writeStringField("label", label);
        g.writeEndObject();
    }
}
