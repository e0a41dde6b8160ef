package dev.annals.logic.export;

import dev.annals.logic.annotate.AnnotationService;
import dev.annals.logic.library.DocumentStore;
import dev.annals.model.Annotation;
import dev.annals.model.Document;
import dev.annals.model.TextAnchor;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The documents an import is working on, with their texts as code points and the annotations they already have,
 * the most recently used ones kept (an export lists a document's annotations together, but not every file does).
 */
final class OpenTexts {

    private static final int KEEP = 64;

    /** One document at hand; {@link #claim} tells whether an annotation is new to it. */
    static final class Text {
        private final Document doc;
        private final int[] codePoints;
        private final Set<String> existing = new HashSet<>();

        private Text(Document doc) {
            this.doc = doc;
            this.codePoints = doc.text().codePoints().toArray();
        }

        Document doc() {
            return doc;
        }

        int[] codePoints() {
            return codePoints;
        }

        /** False when the document already has this theme on this range with this quote. */
        boolean claim(long themeId, TextAnchor anchor) {
            return existing.add(key(themeId, anchor));
        }

        private static String key(long themeId, TextAnchor anchor) {
            return themeId + ":" + anchor.start() + ":" + anchor.end() + ":" + anchor.exact();
        }
    }

    private final DocumentStore documents;
    private final AnnotationService annotations;
    private final Map<Long, Text> open;

    /** {@code storePending} stores the annotations queued so far: a document dropped and opened again reads them back. */
    OpenTexts(DocumentStore documents, AnnotationService annotations, Runnable storePending) {
        this.documents = documents;
        this.annotations = annotations;
        this.open = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Text> eldest) {
                if (size() <= KEEP) return false;
                storePending.run();
                return true;
            }
        };
    }

    /** The document with the annotations it has (stored, or queued by this import). */
    Text open(long docId) {
        return open.computeIfAbsent(docId, id -> {
            Text text = new Text(documents.find(id).orElseThrow());
            for (Annotation a : annotations.forDocument(id)) text.existing.add(Text.key(a.themeId(), a.anchor()));
            return text;
        });
    }
}
