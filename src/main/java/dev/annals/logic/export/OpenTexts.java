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
        private final Set<String> queued;

        private Text(Document doc, Set<String> queued) {
            this.doc = doc;
            this.codePoints = dev.annals.logic.annotate.Anchorer.cp(doc.text());
            this.queued = queued;
        }

        Document doc() {
            return doc;
        }

        int[] codePoints() {
            return codePoints;
        }

        /** False when the document already has this theme on this range with this quote (compared by hash, as before). */
        boolean claim(long themeId, TextAnchor anchor) {
            String key = key(themeId, anchor);
            return !existing.contains(key) && queued.add(key);
        }

        private static String key(long themeId, TextAnchor anchor) {
            return themeId + ":" + anchor.start() + ":" + anchor.end() + ":" + anchor.exact().hashCode();
        }
    }

    private final DocumentStore documents;
    private final AnnotationService annotations;
    private final Map<Long, Integer> stored;
    private final Map<Long, Set<String>> queued = new java.util.HashMap<>();
    private final Map<Long, Text> open = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Text> eldest) {
            return size() > KEEP;
        }
    };

    OpenTexts(DocumentStore documents, AnnotationService annotations) {
        this.documents = documents;
        this.annotations = annotations;
        this.stored = annotations.countsByDocument(); // one query; most documents of an import have none yet
    }

    /** The document with the annotations it has: stored, and queued by this import (a document dropped and opened again). */
    Text open(long docId) {
        return open.computeIfAbsent(docId, id -> {
            Text text = new Text(documents.find(id).orElseThrow(), queued.computeIfAbsent(id, k -> new HashSet<>()));
            if (stored.getOrDefault(id, 0) > 0) {
                for (Annotation a : annotations.forDocument(id)) text.existing.add(Text.key(a.themeId(), a.anchor()));
            }
            return text;
        });
    }
}
