package dev.annals.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Annals in a child JVM with this process's class path, as a user would from the command line. */
final class ChildJvm {

    record Result(int exitStatus, long millis, String stderr) {
    }

    private ChildJvm() {
    }

    static Result run(List<String> jvmOptions, List<String> args, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ChildLauncher.class.getName());
        command.addAll(args);
        Path errFile = Files.createTempFile("annals-bench", ".err");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errFile.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the child process did not finish in " + timeoutSeconds + " s");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String stderr = Files.readString(errFile);
        Files.deleteIfExists(errFile);
        return new Result(process.exitValue(), millis, stderr);
    }
}
