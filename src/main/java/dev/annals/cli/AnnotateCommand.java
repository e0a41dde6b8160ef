package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import dev.annals.model.Annotation;
import dev.annals.model.Span;
import dev.annals.model.Theme;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "annotate", description = "Tag a passage of a document with a theme: the K-th occurrence of a quote, or a code-point range.")
public final class AnnotateCommand extends LibraryCommand {

    @Option(names = "--json", description = "Print the annotation as JSON.")
    boolean json;

    @Parameters(paramLabel = "ID", description = "The document id (see list).")
    long docId;

    @Option(names = "--theme", paramLabel = "NAME", required = true, description = "The theme (see themes).")
    String theme;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Passage passage;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note on the passage.")
    String note;

    static final class Passage {
        @ArgGroup(exclusive = false)
        Quote quote;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Quote {
        @Option(names = "--quote", paramLabel = "TEXT", required = true, description = "The passage's text (tone marks may be left out).")
        String text;

        @Option(names = "--occurrence", paramLabel = "K", description = "Which occurrence of the quote (default 1).")
        int occurrence = 1;
    }

    static final class Range {
        @Option(names = "--start", paramLabel = "N", required = true, description = "First code point of the passage.")
        int start;

        @Option(names = "--end", paramLabel = "M", required = true, description = "Code point after the passage.")
        int end;
    }

    @Override
    protected int run(LibrarySession session) {
        if (passage.range != null) checkRange(passage.range);
        if (passage.quote != null && passage.quote.occurrence < 1) {
            throw new UserError(ExitStatus.USAGE, text().tr("annotate.OCCURRENCE_OUT_OF_RANGE.0", "--occurrence must be 1 or more"));
        }
        Annotation a = AnnotateJson.attempt(text(), () -> {
            Theme t = session.themes().requireByName(theme);
            return passage.quote != null
                    ? session.annotations().tagQuote(docId, t.id(), passage.quote.text, passage.quote.occurrence, note)
                    : session.annotations().tag(docId, t.id(), new Span(passage.range.start, passage.range.end), note);
        });
        String themeName = session.themes().require(a.themeId()).name();
        if (json) {
            Json.print(out(), AnnotateJson.annotation(a, themeName, false));
        } else {
            out().println(text().tr("annotate.done", "annotation " + a.id() + ": [" + a.anchor().start() + ", " + a.anchor().end() + ") "
                    + themeName + ": \"" + a.anchor().exact() + "\"", a.id(), a.anchor().start(), a.anchor().end(), themeName, a.anchor().exact()));
        }
        return ExitStatus.OK;
    }

    private void checkRange(Range r) {
        if (r.start < 0 || r.end < 0) throw new UserError(ExitStatus.USAGE, text().tr("annotate.range", "--start and --end must not be negative"));
        if (r.end < r.start) {
            throw new UserError(ExitStatus.USAGE, text().tr("annotate.reversed", "--end (" + r.end + ") is before --start (" + r.start + ")", r.end, r.start));
        }
    }
}
