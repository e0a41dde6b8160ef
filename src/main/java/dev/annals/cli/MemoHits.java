package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.search.MemoHit;
import dev.annals.model.MemoSubject;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The output of {@code search --memos}: one line (or JSON object) per memo that matched. */
final class MemoHits {

    private MemoHits() {
    }

    static int print(PrintStream out, boolean json, List<MemoHit> hits) {
        ArrayNode array = json ? Json.array() : null;
        for (MemoHit h : hits) {
            String kind = h.subject().kind().name().toLowerCase(Locale.ROOT);
            if (!json) {
                out.println(h.memoId() + "\t" + kind + "\t" + id(h.subject()) + "\t" + h.about() + "\t" + h.text().marked("[", "]"));
                continue;
            }
            ObjectNode node = array.addObject();
            node.put("memoId", h.memoId());
            node.put("kind", kind);
            if (h.subject().kind() == MemoSubject.Kind.LIBRARY) node.putNull("id");
            else node.put("id", h.subject().id());
            node.put("about", h.about());
            node.put("title", h.title());
            node.put("snippet", h.text().marked("[", "]"));
        }
        if (json) Json.print(out, array);
        return ExitStatus.OK;
    }

    private static String id(MemoSubject s) {
        return s.kind() == MemoSubject.Kind.LIBRARY ? "" : Long.toString(s.id());
    }
}
