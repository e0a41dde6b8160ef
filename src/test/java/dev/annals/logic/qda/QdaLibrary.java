package dev.annals.logic.qda;

import dev.annals.app.SessionFactory;
import dev.annals.logic.LibrarySession;
import dev.annals.model.Annotation;
import dev.annals.model.Document;
import dev.annals.model.Theme;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A real library for project import tests, with views of its content that compare across libraries. */
final class QdaLibrary implements AutoCloseable {

    final LibrarySession session;

    QdaLibrary(Path folder, boolean seed) {
        Clock clock = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
        session = (seed ? SessionFactory.seedsWithoutExamples(clock, dev.annals.persistence.Database.Mode.COMMAND) : new SessionFactory(clock, false)).open(folder);
    }

    /** Each theme as "name | colour | parent name | description". */
    List<String> themes() {
        Map<Long, String> names = new TreeMap<>();
        session.themes().list().forEach(t -> names.put(t.id(), t.name()));
        List<String> out = new ArrayList<>();
        for (Theme t : session.themes().list()) {
            out.add(t.name() + " | " + t.color() + " | " + (t.parentId() == null ? "" : names.get(t.parentId())) + " | " + t.description());
        }
        return out.stream().sorted().toList();
    }

    /** Each annotation as "document title | theme | start-end | quote | note | created". */
    List<String> annotations() {
        List<String> out = new ArrayList<>();
        for (var summary : session.documents().list()) {
            Document doc = session.documents().find(summary.id()).orElseThrow();
            for (Annotation a : session.annotations().forDocument(doc.id())) {
                out.add(doc.title() + " | " + session.themes().require(a.themeId()).name() + " | " + a.anchor().start() + "-"
                        + a.anchor().end() + " | " + a.anchor().exact() + " | " + a.note() + " | " + a.created());
            }
        }
        return out.stream().sorted().toList();
    }

    int documents() {
        return session.documents().count();
    }

    @Override
    public void close() {
        session.close();
    }
}
