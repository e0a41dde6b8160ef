package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.annals.logic.LibrarySession;
import dev.annals.model.Annotation;
import dev.annals.model.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "status", description = "The library's counts, and the orphaned annotations (their passage is no longer in the text).")
public final class StatusCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the status as JSON.")
    boolean json;

    @Override
    protected int run(LibrarySession session) {
        List<Theme> themeList = session.themes().list();
        Map<Long, Theme> themes = themeList.stream().collect(Collectors.toMap(Theme::id, Function.identity()));
        List<Annotation> orphans = session.annotations().orphans();
        int documents = session.documents().count();
        int annotations = session.annotations().count();
        if (json) {
            ObjectNode node = Json.object();
            node.put("library", session.folder().toString());
            node.put("documents", documents);
            node.put("themes", themeList.size());
            node.put("annotations", annotations);
            node.put("orphaned", orphans.size());
            ArrayNode array = node.putArray("orphans");
            orphans.forEach(o -> array.add(AnnotateJson.annotation(o, themes.get(o.themeId()).name(), true)));
            Json.print(out(), node);
            return ExitStatus.OK;
        }
        CliText t = text();
        out().println(t.tr("status.library", "library:     " + session.folder(), session.folder().toString()));
        out().println(t.tr("status.documents", "documents:   " + documents, documents));
        out().println(t.tr("status.themes", "themes:      " + themeList.size(), themeList.size()));
        out().println(t.tr("status.annotations", "annotations: " + annotations + " (" + orphans.size() + " orphaned)", annotations, orphans.size()));
        if (!orphans.isEmpty()) {
            out().println();
            out().println(t.tr("status.orphans", "orphaned annotations (their passage is no longer in the text; re-attach or delete them in the reader):"));
            orphans.forEach(o -> out().println(AnnotationsCommand.line(o, themes.get(o.themeId()).name())));
        }
        return ExitStatus.OK;
    }
}
