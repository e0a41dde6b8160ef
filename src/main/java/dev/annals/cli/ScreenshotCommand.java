package dev.annals.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "screenshot", mixinStandardHelpOptions = true,
        description = "Open the window on a view with the library's data, wait for layout, save a PNG and exit."
                + "%nNeeds a display (a desktop session, or xvfb-run).")
public final class ScreenshotCommand implements Callable<Integer> {

    static final List<String> VIEWS = List.of("library", "reader", "timeline", "themes", "search", "analysis", "people", "export", "guide", "compare");
    static final List<String> MODES = List.of("light", "dark", "sepia", "high-contrast");

    @ParentCommand
    AnnalsCommand root;

    @Option(names = "--view", required = true, paramLabel = "library|reader|timeline|themes|search|analysis|people|export|guide|compare", description = "The view to show.")
    String view;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    Path out;

    @Option(names = "--doc", paramLabel = "ID", description = "The document to open (reader view).")
    Long doc;

    @Option(names = "--mode", paramLabel = "light|dark|sepia|high-contrast", defaultValue = "light", description = "Theme (default ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--query", paramLabel = "TEXT", description = "A search to show (search view).")
    String query;

    @Option(names = "--compare", split = ",", paramLabel = "ID,ID", description = "The conferences to compare (compare view; default the first two on the timeline).")
    List<Long> compare;

    @Option(names = "--zoom", paramLabel = "PERCENT", defaultValue = "100", description = "Interface zoom, 80 to 200 (default ${DEFAULT-VALUE}).")
    int zoom;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800", description = "Window size (default ${DEFAULT-VALUE}).")
    String size;

    @Override
    public Integer call() {
        String v = view.toLowerCase(Locale.ROOT);
        String m = mode.toLowerCase(Locale.ROOT);
        CliText t = root.text();
        if (!VIEWS.contains(v)) throw new UserError(ExitStatus.USAGE, t.tr("screenshot.view", "--view must be one of " + String.join(", ", VIEWS), String.join(", ", VIEWS)));
        if (!MODES.contains(m)) throw new UserError(ExitStatus.USAGE, t.tr("screenshot.mode", "--mode must be light, dark, sepia or high-contrast"));
        String[] wh = size.toLowerCase(Locale.ROOT).split("x");
        int width;
        int height;
        try {
            width = Integer.parseInt(wh[0].trim());
            height = wh.length == 2 ? Integer.parseInt(wh[1].trim()) : -1;
        } catch (NumberFormatException e) {
            throw new UserError(ExitStatus.USAGE, t.tr("screenshot.size", "--size must be WIDTHxHEIGHT, e.g. 1280x800"));
        }
        if (width < 320 || height < 240 || width > 8000 || height > 8000) {
            throw new UserError(ExitStatus.USAGE, t.tr("screenshot.sizeRange", "--size must be WIDTHxHEIGHT between 320x240 and 8000x8000"));
        }
        if (compare != null && (compare.size() < 2 || compare.size() > 4)) {
            throw new UserError(ExitStatus.USAGE, t.tr("analyze.compare.count", "compare needs 2 to 4 different conference ids"));
        }
        if (zoom < 80 || zoom > 200) throw new UserError(ExitStatus.USAGE, t.tr("screenshot.zoom", "--zoom must be between 80 and 200"));
        if (root.lang != null && !root.lang.equals("vi") && !root.lang.equals("en")) {
            throw new UserError(ExitStatus.USAGE, t.tr("cli.lang", "--lang must be vi or en"));
        }
        root.environment().configureLogging(root.libraryFolder(), root.verbose);
        return root.environment().screenshot(new ScreenshotRequest(root.libraryFolder(), root.lang, v,
                out.toAbsolutePath(), doc, m, width, height, zoom, query, compare));
    }
}
