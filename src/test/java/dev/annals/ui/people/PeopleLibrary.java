package dev.annals.ui.people;

import dev.annals.logic.library.DocumentService;
import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.logic.annotate.UndoHistory;
import dev.annals.logic.people.PeopleEditor;
import dev.annals.logic.people.PeopleIndex;
import dev.annals.logic.timeline.ConferenceService;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;
import dev.annals.persistence.SqliteConferenceStore;
import dev.annals.persistence.SqlitePersonEdits;
import dev.annals.testing.AnnotateLibrary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Two articles naming Tô Lâm and Trần Quốc Tỏ with the rank each held then, with the people edits wired. */
final class PeopleLibrary implements AutoCloseable {

    final AnnotateLibrary lib;
    final DocumentService documents;
    final PeopleIndex index;
    final PeopleEditor editor;
    final UndoHistory history = new UndoHistory();
    final ConferenceService conferences;
    final long early;
    final long late;

    PeopleLibrary(Path folder) {
        lib = new AnnotateLibrary(folder);
        documents = new DocumentService(lib.documents, lib.changes);
        conferences = new ConferenceService(new SqliteConferenceStore(lib.db), lib.documents, lib.changes);
        SqlitePersonEdits edits = new SqlitePersonEdits(lib.db);
        index = new PeopleIndex(documents, conferences, edits);
        editor = new PeopleEditor(index, edits, history, lib.changes);
        early = add("Sơ kết", PartialDate.ofDay(2021, 8, 17), List.of("Đại tướng Tô Lâm", "Trung tướng Trần Quốc Tỏ"));
        late = add("Tổng kết", PartialDate.ofDay(2024, 11, 20), List.of("Chủ tịch nước Tô Lâm", "Thượng tướng Trần Quốc Tỏ"));
    }

    long add(String title, PartialDate date, List<String> people) {
        String text = title + " " + String.join(", ", people);
        var doc = new NewDocument(new DocumentMetadata(title, date, null, null, people), text, Hashing.sha256(text),
                text.codePointCount(0, text.length()), title + ".txt", text.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        return lib.documents.insertAll(List.of(doc)).get(0);
    }

    @Override
    public void close() {
        lib.close();
    }
}
