package dev.annals.logic.timeline;

import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;

import java.util.List;

/**
 * A conference as stored: {@code title} is null while the title is generated; {@code edited} means the user
 * changed it, so derivation keeps its title, date, kind and documents as they are.
 */
public record StoredConference(long id, String title, PartialDate date, ConferenceKind kind, boolean edited, List<Link> links) {

    /** A document reported by the conference; {@code byUser} when the user put it there. */
    public record Link(long docId, boolean byUser) {
    }

    public StoredConference {
        if (date == null || kind == null) throw new IllegalArgumentException("a conference needs a date and a kind");
        links = List.copyOf(links);
        title = title == null || title.isBlank() ? null : title.strip();
    }

    public List<Long> docIds() {
        return links.stream().map(Link::docId).sorted().toList();
    }

    /** This conference as the user now sees it: edited, with every document linked by the user. */
    StoredConference pinned() {
        return new StoredConference(id, title, date, kind, true, links.stream().map(l -> new Link(l.docId(), true)).toList());
    }

    StoredConference withLinks(List<Link> newLinks) {
        return new StoredConference(id, title, date, kind, edited, newLinks);
    }
}
