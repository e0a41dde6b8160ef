package dev.annals.logic.memo;

import dev.annals.logic.export.ExportMemos;
import dev.annals.logic.library.MemoStore;
import dev.annals.logic.timeline.ConferenceNamer;
import dev.annals.logic.timeline.ConferenceService;
import dev.annals.model.Conference;
import dev.annals.model.Memo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The library's memos for an export, a conference memo with its conference as the timeline names it. */
public final class MemoExports implements ExportMemos {

    private final MemoStore memos;
    private final ConferenceService conferences;

    public MemoExports(MemoStore memos, ConferenceService conferences) {
        this.memos = memos;
        this.conferences = conferences;
    }

    @Override
    public List<Entry> all() {
        // the conferences first: grouping them again may turn the memo of one that went into a library memo
        Map<Long, Conference> byId = conferences.conferences(ConferenceNamer.ENGLISH).stream()
                .collect(Collectors.toMap(Conference::id, Function.identity()));
        List<Memo> all = memos.all();
        return all.stream().map(m -> new Entry(m, m.conferenceId() == null ? null : byId.get(m.conferenceId()))).toList();
    }
}
