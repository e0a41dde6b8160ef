package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import dev.annals.model.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;

/** "theme add NAME …": the action is a positional word so the command can share LibraryCommand's session handling. */
@Command(name = "theme", description = "Change the codebook: theme add NAME [--color #RRGGBB] [--parent NAME] [--description TEXT].")
public final class ThemeCommand extends LibraryCommand {

    @Parameters(index = "0", paramLabel = "add", description = "The action (add).")
    String action;

    @Parameters(index = "1", paramLabel = "NAME", description = "The theme's name (unique, case-insensitive).")
    String name;

    @Option(names = "--color", paramLabel = "#RRGGBB", description = "Its colour (default: the next unused colour of the palette).")
    String color;

    @Option(names = "--parent", paramLabel = "NAME", description = "Place it under this theme.")
    String parent;

    @Option(names = "--description", paramLabel = "TEXT", description = "What the theme is about.")
    String description;

    @Option(names = "--json", description = "Print the new theme as JSON.")
    boolean json;

    @Override
    protected int run(LibrarySession session) {
        if (!"add".equals(action)) {
            throw new UserError(ExitStatus.USAGE, text().tr("theme.action", "unknown theme action '" + action + "' (use: theme add NAME)", action));
        }
        Theme created = AnnotateJson.attempt(text(), () -> {
            Long parentId = parent == null ? null : session.themes().requireByName(parent).id();
            return session.themes().create(name, color, parentId, description);
        });
        if (json) {
            Map<Long, Theme> byId = parent == null ? Map.of() : Map.of(created.parentId(), session.themes().require(created.parentId()));
            Json.print(out(), AnnotateJson.theme(created, byId, 0));
        } else {
            out().println(text().tr("theme.added", "added theme " + created.id() + ": " + created.name() + " " + created.color(),
                    created.id(), created.name(), created.color()));
        }
        return ExitStatus.OK;
    }
}
