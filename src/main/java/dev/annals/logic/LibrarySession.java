package dev.annals.logic;

import dev.annals.logic.library.DocumentStore;
import dev.annals.logic.library.ImportService;
import dev.annals.logic.library.LibrarySettings;
import dev.annals.logic.search.SearchService;
import dev.annals.logic.timeline.ConferenceService;

import java.nio.file.Path;

/** An open library and the use cases that work on it. Closing it releases the library for other processes. */
public interface LibrarySession extends AutoCloseable {

    Path folder();

    DocumentStore documents();

    ImportService importer();

    LibrarySettings settings();

    SearchService search();
    /** The conferences on the timeline. */
    ConferenceService timeline();

    @Override
    void close();
}
