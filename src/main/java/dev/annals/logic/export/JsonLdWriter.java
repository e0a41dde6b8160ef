package dev.annals.logic.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.annals.model.Annotation;
import dev.annals.model.TextAnchor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * A W3C Web Annotation collection: one AnnotationCollection whose {@code first} page holds every annotation. Each
 * annotation, and the page, repeat the {@code @context} so each stands alone (and passes the model's checks) when taken out.
 */
final class JsonLdWriter implements FormatWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    @Override
    public void write(ExportJob job, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("@context", WebAnnotation.CONTEXT);
            g.writeStringField("id", "urn:uuid:" + UUID.randomUUID());
            g.writeStringField("type", "AnnotationCollection");
            g.writeStringField("label", "Annals export");
            g.writeObjectFieldStart("first");
            g.writeStringField("@context", WebAnnotation.CONTEXT); // the page must stand on its own too (model 5.2)
            g.writeStringField("id", "urn:uuid:" + UUID.randomUUID());
            g.writeStringField("type", "AnnotationPage");
            g.writeNumberField("startIndex", 0);
            g.writeArrayFieldStart("items");
            try {
                job.data().forEach(job.options().scope().query(), row -> {
                    annotation(g, job, row);
                    job.tracker().advance();
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            int memos = 0;
            if (job.options().notes()) {
                for (ScopedMemo m : job.data().memos(job.options().scope())) {
                    JsonLdMemos.write(g, job, m);
                    memos++;
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeNumberField("total", job.tracker().done() + memos); // JSON keys are unordered: the count is known only now
            g.writeEndObject();
        }
    }

    private static void annotation(JsonGenerator g, ExportJob job, ExportRow row) {
        try {
            Annotation a = row.annotation();
            boolean withNote = job.options().notes() && !row.note().isBlank();
            g.writeStartObject();
            g.writeStringField("@context", WebAnnotation.CONTEXT);
            g.writeStringField("id", "urn:uuid:" + job.ids().annotation(a.id()));
            g.writeStringField("type", "Annotation");
            if (withNote) {
                g.writeArrayFieldStart("motivation");
                g.writeString(WebAnnotation.TAGGING);
                g.writeString(WebAnnotation.COMMENTING);
                g.writeEndArray();
            } else {
                g.writeStringField("motivation", WebAnnotation.TAGGING);
            }
            if (a.created() != null) g.writeStringField("created", a.created().toString());
            if (a.modified() != null) g.writeStringField("modified", a.modified().toString());
            g.writeArrayFieldStart("body");
            textualBody(g, WebAnnotation.TAGGING, row.theme().name());
            if (withNote) textualBody(g, WebAnnotation.COMMENTING, row.note());
            g.writeEndArray();
            target(g, job, row);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void textualBody(JsonGenerator g, String purpose, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "TextualBody");
        g.writeStringField("purpose", purpose);
        g.writeStringField("value", value);
        g.writeStringField("format", "text/plain");
        g.writeEndObject();
    }

    private static void target(JsonGenerator g, ExportJob job, ExportRow row) throws IOException {
        TextAnchor anchor = row.annotation().anchor();
        g.writeObjectFieldStart("target");
        g.writeObjectFieldStart("source");
        g.writeStringField("id", WebAnnotation.SOURCE_PREFIX + row.document().sha256());
        g.writeStringField("type", "Text");
        g.writeStringField("format", "text/plain");
        g.writeStringField("label", row.documentTitle());
        g.writeEndObject();
        g.writeArrayFieldStart("selector");
        if (job.options().quotes() || row.orphaned()) {
            g.writeStartObject();
            g.writeStringField("type", "TextQuoteSelector");
            g.writeStringField("exact", anchor.exact());
            if (!anchor.prefix().isEmpty()) g.writeStringField("prefix", anchor.prefix());
            if (!anchor.suffix().isEmpty()) g.writeStringField("suffix", anchor.suffix());
            g.writeEndObject();
        }
        if (!row.orphaned()) {
            g.writeStartObject();
            g.writeStringField("type", "TextPositionSelector");
            g.writeNumberField("start", anchor.start());
            g.writeNumberField("end", anchor.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
