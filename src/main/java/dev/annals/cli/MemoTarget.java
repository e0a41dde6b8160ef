package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.model.Memo;
import dev.annals.model.MemoSubject;
import picocli.CommandLine.Option;

/** The --doc, --theme and --conference options of the memo commands (a picocli mixin), read into what a memo is about. */
public final class MemoTarget {

    @Option(names = "--doc", paramLabel = "ID", description = "A document's memo.")
    Long doc;

    @Option(names = "--theme", paramLabel = "NAME", description = "A theme's memo.")
    String theme;

    @Option(names = "--conference", paramLabel = "ID", description = "A conference's memo (see timeline).")
    Long conference;

    /** At most one option; none is the library itself. An id or name the library lacks exits 1. */
    MemoSubject subject(LibrarySession session, CliText t) {
        int given = (doc == null ? 0 : 1) + (theme == null ? 0 : 1) + (conference == null ? 0 : 1);
        if (given > 1) throw new UserError(ExitStatus.USAGE, t.tr("memos.both", "give one of --doc, --theme or --conference"));
        if (doc != null) {
            if (session.documents().find(doc).isEmpty()) {
                throw new UserError(ExitStatus.SOME_FAILED, t.tr("doc.missing", "no document with id " + doc + " (see annals list)", doc));
            }
            return MemoSubject.document(doc);
        }
        if (theme != null) return MemoSubject.theme(AnnotateJson.attempt(t, () -> session.themes().requireByName(theme)).id());
        if (conference != null) {
            if (session.timeline().refresh().stream().noneMatch(c -> c.id() == conference)) {
                throw new UserError(ExitStatus.SOME_FAILED, t.tr("analyze.conference", "no conference with id " + conference + " (see annals timeline)", conference));
            }
            return MemoSubject.conference(conference);
        }
        return MemoSubject.LIBRARY;
    }

    static ObjectNode toJson(ObjectNode node, Memo m) {
        putId(node, "docId", m.docId());
        putId(node, "themeId", m.themeId());
        node.put("title", m.title()).put("text", m.text()).put("origin", m.origin()).put("created", m.created().toString());
        putId(node, "conferenceId", m.conferenceId());
        node.put("updated", m.updated().toString()).put("formerConference", m.formerConference());
        return node;
    }

    private static void putId(ObjectNode node, String name, Long id) {
        if (id == null) node.putNull(name);
        else node.put(name, id);
    }
}
