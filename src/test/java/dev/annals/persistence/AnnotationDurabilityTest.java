package dev.annals.persistence;

import dev.annals.model.Annotation;
import dev.annals.model.Span;
import dev.annals.testing.AnnotateLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** An annotation reported saved survives the process being killed (SIGKILL) at once. */
class AnnotationDurabilityTest {

    @TempDir
    Path folder;

    /** Run in a child JVM: tags a passage, says "saved <id>", then waits to be killed. */
    public static void main(String[] args) throws Exception {
        AnnotateLibrary lib = new AnnotateLibrary(Path.of(args[0]));
        long doc = lib.addDocument("Hội nghị", "2021", "Công an xã chính quy bảo đảm an ninh trật tự.");
        long theme = lib.services.themes().create("Công an xã", null, null, null).id();
        Annotation a = lib.services.annotations().tag(doc, theme, new Span(0, 10), "trước khi bị tắt");
        lib.services.annotations().setNote(a.id(), "trước khi bị tắt đột ngột");
        System.out.println("saved " + a.id());
        System.out.flush();
        Thread.sleep(60_000);
    }

    @Test
    void annotationSurvivesKillNineRightAfterSave() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                AnnotationDurabilityTest.class.getName(), folder.toString())).redirectErrorStream(false).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(line).startsWith("saved ");
        long id = Long.parseLong(line.substring(6).trim());

        try (AnnotateLibrary reopened = new AnnotateLibrary(folder)) {
            Annotation a = reopened.services.annotations().find(id).orElseThrow();
            assertThat(a.note()).isEqualTo("trước khi bị tắt đột ngột");
            assertThat(a.anchor().exact()).isEqualTo("Công an xã");
        }
    }
}
