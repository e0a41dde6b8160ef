package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.annals.logic.LibrarySession;
import dev.annals.model.Memo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "memos", description = {"List the memos about a document, a theme, a conference or the library.",
        "Memos are written beside their object (see annals memo set) or come in with REFI-QDA projects."})
public final class MemosCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the memos as JSON.")
    boolean json;

    @Mixin
    MemoTarget target = new MemoTarget();

    @Override
    protected int run(LibrarySession session) {
        var subject = target.subject(session, text());
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
