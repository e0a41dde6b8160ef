package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.annals.logic.LibrarySession;
import dev.annals.model.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "themes", description = "List the codebook: every theme with its colour and number of annotations.")
public final class ThemesCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the themes as a JSON array.")
    boolean json;

    @Override
    protected int run(LibrarySession session) {
        List<Theme> themes = session.themes().list();
        Map<Long, Integer> counts = session.themes().counts();
        Map<Long, Theme> byId = themes.stream().collect(Collectors.toMap(Theme::id, Function.identity()));
        if (json) {
            ArrayNode array = Json.array();
            themes.forEach(t -> array.add(AnnotateJson.theme(t, byId, counts.getOrDefault(t.id(), 0))));
            Json.print(out(), array);
            return ExitStatus.OK;
        }
        for (Theme t : themes) {
            String parentName = t.parentId() == null || !byId.containsKey(t.parentId()) ? null : byId.get(t.parentId()).name();
            String parent = parentName == null ? "" : text().tr("themes.in", "  (in " + parentName + ")", parentName);
            out().printf("%4d  %s  %-40s %5d%s%n", t.id(), t.color(), t.name(), counts.getOrDefault(t.id(), 0), parent);
        }
        return ExitStatus.OK;
    }
}
