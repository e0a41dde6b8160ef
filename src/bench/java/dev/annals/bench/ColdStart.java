package dev.annals.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * cold_start_ms: from launching a child JVM running the app on a library to its first rendered frame. The child
 * writes the wall-clock time of that frame to a file (system property annals.firstFrameFile) and quits. The
 * library is created and seeded by a first, unmeasured run, which also writes the {@link StartupCache} the
 * launchers use; the figure is the median of the measured runs.
 * Without a display it uses headless Monocle when that is on the class path, else it reports null.
 */
public final class ColdStart {

    public static final String PROBE_PROPERTY = "annals.firstFrameFile";
    private static final String MONOCLE = "com.sun.glass.ui.monocle.MonoclePlatformFactory";
    private static final Logger LOG = Logger.getLogger(ColdStart.class.getName());
    private static final int RUNS = 3;
    private static final long RUN_TIMEOUT_SECONDS = 90;

    private ColdStart() {
    }

    /** The median launch-to-first-frame time in ms on a new seeded library, or null when no window can be opened here. */
    public static Long measure(PrintStream progress) {
        return measure(progress, null);
    }

    /** The same on {@code library} (null: a new seeded one). */
    public static Long measure(PrintStream progress, Path library) {
        List<String> display = displayOptions();
        if (display == null) {
            progress.println("cold start: no display and no headless Monocle; skipped");
            return null;
        }
        try {
            Path work = Files.createTempDirectory("annals-coldstart");
            Path folder = library != null ? library : work.resolve("library");
            run(work, folder, display, 0); // creates and seeds a new library
            List<Long> times = new ArrayList<>();
            for (int i = 1; i <= RUNS; i++) {
                Long ms = run(work, folder, display, i);
                if (ms == null) return null;
                times.add(ms);
                progress.println("cold start run " + i + ": " + ms + " ms");
            }
            times.sort(Long::compare);
            return times.get(times.size() / 2);
        } catch (IOException e) {
            LOG.warning("cold start not measured: " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Long run(Path work, Path library, List<String> display, int index) throws IOException, InterruptedException {
        Path frameFile = work.resolve("first-frame-" + index + ".txt");
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-D" + PROBE_PROPERTY + "=" + frameFile,
                "--enable-native-access=ALL-UNNAMED"));
        command.addAll(display);
        command.addAll(index == 0 ? StartupCache.training(work) : StartupCache.using(work));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.annals.app.Launcher",
                "--library", library.toString(), "--lang", "en"));
        long launched = System.currentTimeMillis();
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!child.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            LOG.warning("cold start run " + index + " did not finish");
            return null;
        }
        if (!Files.exists(frameFile)) {
            LOG.warning("cold start run " + index + " showed no frame (exit " + child.exitValue() + ")");
            return null;
        }
        return Long.parseLong(Files.readString(frameFile).trim()) - launched;
    }

    /** JVM options for the child's display; an empty list when a real display exists, null when none can work. */
    static List<String> displayOptions() {
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        String x11 = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        if (!linux || (x11 != null && !x11.isBlank()) || (wayland != null && !wayland.isBlank())) return List.of();
        try {
            Class.forName(MONOCLE, false, ColdStart.class.getClassLoader());
            return List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw");
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
