package dev.annals.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.annotate.AnnotationQuery;
import dev.annals.logic.annotate.Codebook;
import dev.annals.model.Annotation;
import dev.annals.model.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "annotations", description = "List annotations, by document date and position; optionally of one document or theme (with its sub-themes).")
public final class AnnotationsCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the annotations as a JSON array.")
    boolean json;

    @Option(names = "--doc", paramLabel = "ID", description = "Only this document's annotations.")
    Long docId;

    @Option(names = "--theme", paramLabel = "NAME", description = "Only the annotations of this theme and its sub-themes.")
    String theme;

    @Override
    protected int run(LibrarySession session) {
        Map<Long, Theme> themes = session.themes().list().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
        Codebook codebook = session.themes().codebook();
        Set<Long> themeIds = theme == null ? Set.of() : codebook.withSubThemes(Set.of(AnnotateJson.attempt(text(), () -> codebook.require(theme)).id()));
        if (docId != null && session.documents().find(docId).isEmpty()) {
            throw new UserError(ExitStatus.SOME_FAILED, text().tr("doc.missing", "no document with id " + docId + " (see annals list)", docId));
        }
        AnnotationQuery query = new AnnotationQuery(docId, themeIds, null, null);
        ArrayNode array = json ? Json.array() : null; // Jackson starts only for --json
        session.annotations().forEach(query, a -> {
            String name = themes.get(a.themeId()).name();
            if (json) array.add(AnnotateJson.annotation(a, name, true));
            else out().println(line(a, name));
        });
        if (json) Json.print(out(), array);
        return ExitStatus.OK;
    }

    static String line(Annotation a, String themeName) {
        String note = a.note().isEmpty() ? "" : "  // " + a.note().replace('\n', ' ');
        return String.format("%5d  doc %d [%d, %d) %s %s: \"%s\"%s", a.id(), a.docId(), a.anchor().start(), a.anchor().end(),
                a.status().jsonName(), themeName, a.anchor().exact().replace('\n', ' '), note);
    }
}
