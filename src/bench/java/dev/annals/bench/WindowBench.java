package dev.annals.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The window on the bench's library, in a child JVM (headless Monocle without a display): the figures
 * {@code dev.annals.app.WindowProbe} writes, and the cold start of the real launcher on that library.
 */
final class WindowBench {

    private static final long TIMEOUT_SECONDS = 600;

    private WindowBench() {
    }

    static void measure(Path library, Path work, Map<String, Object> figures, PrintStream progress)
            throws IOException, InterruptedException {
        List<String> display = ColdStart.displayOptions();
        if (display == null) {
            progress.println("window: no display and no headless Monocle; skipped");
            return;
        }
        figures.put("cold_start_library_ms", ColdStart.measure(progress, library));
        Path out = work.resolve("window-probe.txt");
        List<String> command = new ArrayList<>(List.of(ColdStart.javaBinary(), "--enable-native-access=ALL-UNNAMED"));
        command.addAll(display);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.annals.app.WindowProbe",
                library.toString(), out.toString()));
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || !Files.exists(out)) {
            child.destroyForcibly();
            progress.println("window: the probe did not finish");
            return;
        }
        for (String line : Files.readAllLines(out)) {
            int eq = line.indexOf('=');
            if (eq < 0) continue;
            String value = line.substring(eq + 1);
            figures.put(line.substring(0, eq), value.contains(".") ? (Object) Double.parseDouble(value)
                    : value.matches("-?\\d+") ? (Object) Long.parseLong(value) : value);
        }
        progress.println("window: " + Files.readString(out).replace('\n', ' '));
    }
}
