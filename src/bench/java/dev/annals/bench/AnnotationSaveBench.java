package dev.annals.bench;

import dev.annals.logic.LibrarySession;
import dev.annals.logic.annotate.AnnotationService;
import dev.annals.model.DocumentSummary;
import dev.annals.model.Span;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * annotation_save_p99_ms (and annotation_save_p99_cpu_ms, the CPU time of the saving thread: on a machine
 * shared with other work the wall-clock tail is the scheduler's time slice, not the save): one annotation tagged through the real use case (quote and context taken from the
 * document, undo recorded) and committed to SQLite in WAL mode, p99 over {@value #SAVES} saves after a warm-up.
 */
public final class AnnotationSaveBench {

    static final String THEME = "bench: annotation save";
    static final int WARM_UP = 300;
    static final int SAVES = 1000;

    private AnnotationSaveBench() {
    }

    /** Measures on an open library (the benchmark's own temporary one): tags passages of its first document. */
    public static double[] measure(LibrarySession session) {
        List<DocumentSummary> docs = session.documents().list();
        DocumentSummary doc = docs.stream().filter(d -> d.chars() >= 200).findFirst().orElse(null);
        if (doc == null) return null;
        long theme = session.themes().findByName(THEME).orElseGet(() -> session.themes().create(THEME, null, null, null)).id();
        double[] p99 = p99(session.annotations(), doc.id(), theme, doc.chars());
        session.undoHistory().clear();
        return p99;
    }

    /** The wall-clock and the CPU p99, in ms. */
    static double[] p99(AnnotationService annotations, long doc, long theme, int length) {
        for (int i = 0; i < WARM_UP; i++) save(annotations, doc, theme, i, length);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[SAVES];
        double[] cpu = new double[SAVES];
        for (int i = 0; i < SAVES; i++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            save(annotations, doc, theme, i, length);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
        }
        return new double[]{p99(ms), p99(cpu)};
    }

    private static double p99(double[] samples) {
        Arrays.sort(samples);
        return Math.round(samples[(int) Math.ceil(SAVES * 0.99) - 1] * 100) / 100.0;
    }

    private static void save(AnnotationService annotations, long doc, long theme, int i, int length) {
        int start = (i * 37) % (length - 60);
        annotations.tag(doc, theme, new Span(start, start + 40), "note " + i);
    }
}
