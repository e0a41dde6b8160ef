package dev.annals.ui.timeline;

import dev.annals.logic.timeline.PlacedConference;
import dev.annals.logic.timeline.Tick;
import dev.annals.logic.timeline.TimelineData;
import dev.annals.model.ConferenceKind;
import dev.annals.model.Theme;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything one frame of the timeline canvas shows. */
record TimelineScene(List<ConferenceKind> lanes, List<Tick> ticks, List<PlacedConference> placed, int focusedIndex,
                     Set<Long> selected, TimelineData data, TimelineText text) {

    Map<Long, Integer> themeCounts(long conferenceId) {
        return data.themeCounts(conferenceId);
    }

    List<Theme> themes() {
        return data.themes();
    }
}
