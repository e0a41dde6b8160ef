package dev.annals.logic.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden files an export is written to before it is moved into place: {@code .NAME.PID.N.part}. One left by a
 * process that is gone (killed mid-export) is removed by the next export of the same name; so is one of the older
 * form {@code .NAME-DIGITS.part} once it is an hour old. Files of other names and of live processes are left alone.
 */
final class TemporaryFiles {

    private static final Logger LOG = Logger.getLogger(TemporaryFiles.class.getName());
    private static final Duration LEGACY_AGE = Duration.ofHours(1);

    private TemporaryFiles() {
    }

    static String name(String target, int nonce) {
        return "." + target + "." + ProcessHandle.current().pid() + "." + nonce + ".part";
    }

    static void removeStale(Path folder, String target) {
        Pattern ours = Pattern.compile(Pattern.quote("." + target + ".") + "(\\d+)\\.\\d+\\.part");
        Pattern legacy = Pattern.compile(Pattern.quote("." + target + "-") + "\\d+\\.part");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "." + globSafe(target) + "*.part")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Matcher m = ours.matcher(name);
                boolean stale = m.matches() ? !alive(m.group(1)) : legacy.matcher(name).matches() && old(file);
                if (stale && Files.isRegularFile(file)) {
                    Files.deleteIfExists(file);
                    LOG.info(() -> "removed the stale temporary file " + file);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "could not look for stale temporary files in " + folder, e);
        }
    }

    private static boolean alive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static boolean old(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toInstant().isBefore(Instant.now().minus(LEGACY_AGE));
    }

    private static String globSafe(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}
