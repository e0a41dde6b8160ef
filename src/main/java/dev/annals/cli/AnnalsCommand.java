package dev.annals.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The root command: global options; with no subcommand it opens the window. */
@Command(name = "annals", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Read, annotate and export a local library of news articles.%nWith no subcommand, opens the window.",
        subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, BenchCommand.class,
                SearchCommand.class, TimelineCommand.class, ScreenshotCommand.class, ThemesCommand.class, ThemeCommand.class,
                AnnotateCommand.class, AnnotationsCommand.class, StatusCommand.class, ExportCommand.class, ImportAnnotationsCommand.class,
                ImportProjectCommand.class, ImportCodebookCommand.class, MemosCommand.class, MemoCommand.class, AutocodeCommand.class, AnalyzeCommand.class, PeopleCommand.class, ExamplesCommand.class,
                LibraryAdminCommand.class})
public final class AnnalsCommand implements Callable<Integer> {

    private final CliEnvironment environment;
    private final PrintStream out;
    private final PrintStream err;
    private final CliText text;

    @Option(names = "--library", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The library folder (default: $ANNALS_HOME, else the per-user data folder).")
    Path library;

    @Option(names = "--lang", paramLabel = "vi|en", scope = ScopeType.INHERIT,
            description = "Interface and message language (default: the OS locale, else English).")
    String lang;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Also print the log on stderr.")
    boolean verbose;

    @Parameters(hidden = true, arity = "0..*")
    List<String> extra = new ArrayList<>();

    public AnnalsCommand(CliEnvironment environment, PrintStream out, PrintStream err, CliText text) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.text = text;
    }

    /** Messages and human output in the language of --lang. */
    CliText text() {
        return text;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    CliEnvironment environment() {
        return environment;
    }

    Path libraryFolder() {
        return library != null ? library : environment.defaultLibraryFolder();
    }

    @Override
    public Integer call() {
        if (!extra.isEmpty() && !extra.get(0).startsWith("-")) {
            throw new UserError(ExitStatus.USAGE, text.tr("cli.unknownCommand", "unknown command '" + extra.get(0) + "' (see annals --help)", extra.get(0)));
        }
        if (lang != null && !lang.equals("vi") && !lang.equals("en")) {
            throw new UserError(ExitStatus.USAGE, text.tr("cli.lang", "--lang must be vi or en"));
        }
        environment.configureLogging(libraryFolder(), verbose);
        return environment.launchGui(libraryFolder(), lang, extra);
    }
}
