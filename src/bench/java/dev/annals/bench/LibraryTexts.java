package dev.annals.bench;

import dev.annals.logic.LibrarySession;
import dev.annals.model.DocumentSummary;

import java.util.ArrayList;
import java.util.List;

/** The normalized texts of every document in a library, in list order. */
final class LibraryTexts {

    private LibraryTexts() {
    }

    static List<String> all(LibrarySession session) {
        List<String> texts = new ArrayList<>();
        for (DocumentSummary summary : session.documents().list()) {
            session.documents().find(summary.id()).ifPresent(d -> texts.add(d.text()));
        }
        return texts;
    }
}
