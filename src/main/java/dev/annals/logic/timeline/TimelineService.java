package dev.annals.logic.timeline;

import dev.annals.logic.annotate.AnnotationStore;
import dev.annals.logic.annotate.ThemeStore;
import dev.annals.logic.library.DocumentStore;
import dev.annals.model.Conference;
import dev.annals.model.DocumentSummary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers everything the timeline view shows. The conferences come as stored while no document changed; the
 * documents themselves are read only for a conference the user opens.
 */
public final class TimelineService {

    private final ConferenceService conferences;
    private final DocumentStore documents;
    private final AnnotationStore annotations;
    private final ThemeStore themes;

    public TimelineService(ConferenceService conferences, DocumentStore documents, AnnotationStore annotations, ThemeStore themes) {
        this.conferences = conferences;
        this.documents = documents;
        this.annotations = annotations;
        this.themes = themes;
    }

    public ConferenceService conferences() {
        return conferences;
    }

    public TimelineData load(ConferenceNamer namer) {
        List<Conference> list = conferences.conferences(namer);
        Map<Long, Map<Long, Integer>> byDocument = annotations.countsByDocumentAndTheme();
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        for (Conference c : list) {
            for (Long docId : c.docIds()) {
                Map<Long, Integer> byTheme = byDocument.get(docId);
                if (byTheme != null) byTheme.forEach((theme, n) -> counts.computeIfAbsent(c.id(), k -> new HashMap<>()).merge(theme, n, Integer::sum));
            }
        }
        return new TimelineData(list, themes.findAll(), counts, documents.countUndated());
    }

    /** The documents of a conference, by id, as they are now. */
    public List<DocumentSummary> documents(Conference conference) {
        return documents.summaries(conference.docIds());
    }
}
