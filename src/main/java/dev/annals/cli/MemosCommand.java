package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.annals.logic.LibrarySession;
import dev.annals.model.Memo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "memos", description = {"List memos: about a document (--doc), a theme (--theme), or the library as a whole.",
        "Memos come in with REFI-QDA projects (notes about a source or a code)."})
public final class MemosCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the memos as JSON.")
    boolean json;

    @Option(names = "--doc", paramLabel = "ID", description = "Memos about this document.")
    Long doc;

    @Option(names = "--theme", paramLabel = "NAME", description = "Memos about this theme.")
    String theme;

    @Override
    protected int run(LibrarySession session) {
        if (doc != null && theme != null) throw new UserError(ExitStatus.USAGE, text().tr("memos.both", "give --doc or --theme, not both"));
        List<Memo> memos = doc != null ? session.memos().forDocument(doc)
                : theme != null ? session.memos().forTheme(session.themes().requireByName(theme).id())
                : session.memos().general();
        if (json) {
            ArrayNode array = Json.array();
            for (Memo m : memos) {
                var node = array.addObject();
                if (m.docId() == null) node.putNull("docId");
                else node.put("docId", m.docId());
                if (m.themeId() == null) node.putNull("themeId");
                else node.put("themeId", m.themeId());
                node.put("title", m.title()).put("text", m.text()).put("origin", m.origin()).put("created", m.created().toString());
            }
            Json.print(out(), array);
            return ExitStatus.OK;
        }
        for (Memo m : memos) {
            out().println("# " + (m.title().isEmpty() ? text().tr("memos.untitled", "(untitled)") : m.title()) + (m.origin().isEmpty() ? "" : "  [" + m.origin() + "]"));
            out().println(m.text());
            out().println();
        }
        return ExitStatus.OK;
    }
}
