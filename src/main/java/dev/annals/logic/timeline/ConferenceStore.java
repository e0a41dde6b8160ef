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
}
