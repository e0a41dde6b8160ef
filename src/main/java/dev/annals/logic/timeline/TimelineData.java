package dev.annals.logic.timeline;

import dev.annals.model.Conference;
import dev.annals.model.Theme;

import java.util.List;
import java.util.Map;

/**
 * What the timeline shows: the conferences (oldest first), the codebook, the annotations per theme in each
 * conference's documents, and how many documents have no date (so are not on the timeline).
 */
public record TimelineData(List<Conference> conferences, List<Theme> themes, Map<Long, Map<Long, Integer>> themeCounts,
                           int undatedDocuments) {

    public static final TimelineData EMPTY = new TimelineData(List.of(), List.of(), Map.of(), 0);

    public Map<Long, Integer> themeCounts(long conferenceId) {
        return themeCounts.getOrDefault(conferenceId, Map.of());
    }
}
