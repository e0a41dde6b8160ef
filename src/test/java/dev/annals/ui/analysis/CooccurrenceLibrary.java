package dev.annals.ui.analysis;

import dev.annals.logic.analysis.CooccurrenceService;
import dev.annals.logic.library.DocumentService;
import dev.annals.logic.timeline.ConferenceService;
import dev.annals.model.Span;
import dev.annals.persistence.SqliteConferenceStore;
import dev.annals.testing.AnnotateLibrary;

import java.nio.file.Path;

/** Two tagged articles: "an ninh" and "Công an xã" overlap once and share two paragraphs; "chuyển đổi số" stands beside them. */
final class CooccurrenceLibrary implements AutoCloseable {

    final AnnotateLibrary lib;
    final CooccurrenceService service;
    final long first;
    final long second;
    final long security;
    final long commune;
    final long digital;

    CooccurrenceLibrary(Path folder) {
        lib = new AnnotateLibrary(folder);
        service = new CooccurrenceService(lib.services.annotations(), lib.services.themes(), new DocumentService(lib.documents, lib.changes),
                new ConferenceService(new SqliteConferenceStore(lib.db), lib.documents, lib.changes));
        first = lib.addDocument("Sơ kết", "2020-06", "Công an xã giữ an ninh nông thôn\nChuyển đổi số và an ninh mạng.");
        second = lib.addDocument("Tổng kết", "2021-12", "An ninh trật tự và Công an xã chính quy.");
        var themes = lib.services.themes();
        security = themes.create("an ninh", null, null, null).id();
        commune = themes.create("Công an xã", null, null, null).id();
        digital = themes.create("chuyển đổi số", null, null, null).id();
        var tag = lib.services.annotations();
        tag.tag(first, commune, new Span(0, 10), null);
        tag.tag(first, security, new Span(5, 22), null);
        tag.tag(first, digital, new Span(33, 46), null);
        tag.tag(first, security, new Span(50, 62), null);
        tag.tag(second, security, new Span(0, 15), null);
        tag.tag(second, commune, new Span(19, 29), null);
    }

    @Override
    public void close() {
        lib.close();
    }
}
