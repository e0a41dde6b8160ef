package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.annals.logic.LibrarySession;
import dev.annals.model.Annotation;
import dev.annals.model.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "examples", description = "List the example annotations a new library gets with the bundled articles.",
        subcommands = {ExamplesRemoveCommand.class})
public final class ExamplesCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the example annotations as a JSON array.")
    boolean json;

    @Override
    protected int run(LibrarySession session) {
        Map<Long, Theme> themes = session.themes().list().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
        ArrayNode array = Json.array();
        for (long id : session.annotate().starterExamples().ids()) {
            Annotation a = session.annotations().find(id).orElse(null);
            if (a == null) continue;
            String name = themes.get(a.themeId()).name();
            if (json) array.add(AnnotateJson.annotation(a, name, true));
            else out().println(AnnotationsCommand.line(a, name));
        }
        if (json) Json.print(out(), array);
        return ExitStatus.OK;
    }
}
