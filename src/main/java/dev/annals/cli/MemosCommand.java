package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.annals.logic.LibrarySession;
import dev.annals.model.Memo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "memos", description = {"List memos: about a document (--doc), a theme (--theme), a conference (--conference),",
        "or the library as a whole. Memos are written beside their object (see annals memo) or come in with REFI-QDA projects."})
public final class MemosCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the memos as JSON.")
    boolean json;

    @Option(names = "--doc", paramLabel = "ID", description = "Memos about this document.")
    Long doc;

    @Option(names = "--theme", paramLabel = "NAME", description = "Memos about this theme.")
    String theme;

    @Option(names = "--conference", paramLabel = "ID", description = "Memos about this conference (see timeline).")
    Long conference;

    @Override
    protected int run(LibrarySession session) {
        var subject = MemoTarget.subject(session, text(), doc, theme, conference);
        List<Memo> memos = session.memoService().about(subject);
        if (json) {
            ArrayNode array = Json.array();
            for (Memo m : memos) MemoTarget.toJson(array.addObject(), m);
            Json.print(out(), array);
            return ExitStatus.OK;
        }
        for (Memo m : memos) {
            String title = m.title().isEmpty() ? text().tr("memos.untitled", "(untitled)") : m.title();
            String from = m.formerConference().isEmpty() ? "" : "  (" + text().tr("memos.former", "about the conference " + m.formerConference(), m.formerConference()) + ")";
            out().println("# " + title + (m.origin().isEmpty() ? "" : "  [" + m.origin() + "]") + from);
            out().println(m.text());
            out().println();
        }
        return ExitStatus.OK;
    }
}
