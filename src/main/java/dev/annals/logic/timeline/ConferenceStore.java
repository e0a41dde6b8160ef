package dev.annals.logic.timeline;

import java.util.List;

/** Storage of the conferences and of which documents report them. Implemented by the persistence layer. */
public interface ConferenceStore {

    /** Every stored conference with its documents. */
    List<StoredConference> findAll();

    /**
     * Replaces all stored conferences in one transaction. Conferences with id 0 get a new id, never one used
     * before. Returns them with their ids, in the given order.
     */
    List<StoredConference> replaceAll(List<StoredConference> conferences);

    /**
     * As {@link #replaceAll(List)}, after a merge: {@code mergedInto} tells, for each conference that went into
     * another, which one; its memos follow it there. Memos of any other conference that goes are kept (ADR 0046).
     */
    default List<StoredConference> replaceAll(List<StoredConference> conferences, java.util.Map<Long, Long> mergedInto) {
        return replaceAll(conferences);
    }
}
