package dev.annals.cli;

import dev.annals.logic.LibrarySession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code annals memo set}: writes the memo about a document, a theme, a conference or the library. */
@Command(name = "memo", mixinStandardHelpOptions = true, description = "Write memos (see annals memos to read them).",
        subcommands = MemoCommand.Set.class)
public final class MemoCommand implements Runnable {

    @picocli.CommandLine.ParentCommand
    AnnalsCommand root;

    @Override
    public void run() {
        throw new UserError(ExitStatus.USAGE, root.text().tr("memo.subcommand", "memo needs a subcommand: set (see annals memo --help)"));
    }

    @Command(name = "set", description = {"Replace the memo written about a document, a theme or a conference (none: the library).",
            "TEXT '-' reads it from standard input; an empty TEXT removes the memo. Imported memos stay as they are."})
    public static final class Set extends LibraryCommand {

        @Option(names = "--json", description = "Print the memo as JSON (null when removed).")
        boolean json;

        @picocli.CommandLine.Mixin
        MemoTarget target = new MemoTarget();

        @Parameters(paramLabel = "TEXT", description = "The memo's text, or - to read it from standard input.")
        String text;

        @Override
        protected int run(LibrarySession session) {
            var subject = target.subject(session, text());
            var saved = session.memoService().write(subject, "-".equals(text) ? stdin() : text);
            if (json) Json.print(out(), saved.map(m -> (Object) MemoTarget.toJson(Json.object(), m)).orElse(Json.MAPPER.nullNode()));
            else out().println(saved.isPresent() ? text().tr("memo.saved", "memo saved") : text().tr("memo.removed", "memo removed"));
            return ExitStatus.OK;
        }

        private static String stdin() {
            try {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
