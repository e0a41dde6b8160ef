package dev.annals.logic.timeline;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Storage of the conferences and of which documents report them. Implemented by the persistence layer. */
public interface ConferenceStore {

    /** Every stored conference with its documents. */
    List<StoredConference> findAll();

    /**
     * Replaces all stored conferences in one transaction. Conferences with id 0 get a new id, never one used
     * before. Returns them with their ids, in the given order. They count as not grouped until {@link #markGrouped}.
     */
    List<StoredConference> replaceAll(List<StoredConference> conferences);

    /**
     * As {@link #replaceAll(List)}, after a merge: {@code mergedInto} tells, for each conference that went into
     * another, which one; its memos follow it there. Memos of any other conference that goes are kept (ADR 0046).
     */
    default List<StoredConference> replaceAll(List<StoredConference> conferences, Map<Long, Long> mergedInto) {
        return replaceAll(conferences);
    }

    /**
     * For each conference with at least one titled document, the title of its best-dated one: a day before a month
     * or no date, those before a year; then the lowest document id. Titles are stripped; blank ones do not count.
     */
    Map<Long, String> documentTitles();

    /**
     * A count that grows whenever a document is added or removed or gets another date or kind, everything grouping
     * reads; empty when the store does not keep it, so the documents are grouped again on every read.
     */
    default OptionalLong documentsVersion() {
        return OptionalLong.empty();
    }

    /** True when the stored conferences are the grouping of the documents at {@code version}, with no edit since. */
    default boolean isGroupedAt(long version) {
        return false;
    }

    /** Records that the stored conferences are the grouping of the documents at {@code version}, and takes their titles from their documents. */
    default void markGrouped(long version) {
    }
}
