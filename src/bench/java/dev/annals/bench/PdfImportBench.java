package dev.annals.bench;

import dev.annals.logic.LibraryOpener;
import dev.annals.logic.LibrarySession;
import dev.annals.logic.library.ImportProgress;
import dev.annals.logic.library.ImportResult;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Import of 100 generated two-page PDFs through the import service in this JVM, after ten warm-up files, next
 * to the bare engine: PDFBox's own text stripper over the same files.
 */
final class PdfImportBench {

    static final int DOCS = 100;
    private static final int WARM_UP = 10;

    private PdfImportBench() {
    }

    static void measure(Path work, LibraryOpener opener, Map<String, Object> figures, PrintStream progress) throws IOException {
        progress.println("bench: writing " + DOCS + " two-page PDFs");
        List<Path> warmUp = SyntheticPdfs.write(work.resolve("pdf-warm-up"), WARM_UP, "Khởi động");
        List<Path> pdfs = SyntheticPdfs.write(work.resolve("pdf"), DOCS, "Bài PDF");
        progress.println("bench: importing them");
        try (LibrarySession session = opener.open(work.resolve("pdf-library"))) {
            session.importer().importPaths(warmUp, ImportProgress.NONE);
            long start = System.nanoTime();
            List<ImportResult> results = session.importer().importPaths(pdfs, ImportProgress.NONE);
            long ms = Math.max(1, (System.nanoTime() - start) / 1_000_000);
            long imported = results.stream().filter(r -> r.status() == ImportResult.Status.IMPORTED).count();
            if (imported != DOCS) throw new IOException("only " + imported + " of the " + DOCS + " PDFs imported");
            figures.put("import_pdf_docs", DOCS);
            figures.put("import_pdf_ms", ms);
            figures.put("import_pdf_docs_per_s", Math.round(DOCS * 10000.0 / ms) / 10.0);
        }
        figures.put("import_pdf_raw_pdfbox_ms", bareStripper(warmUp, pdfs));
    }

    private static long bareStripper(List<Path> warmUp, List<Path> pdfs) throws IOException {
        for (Path file : warmUp) strip(file);
        long start = System.nanoTime();
        for (Path file : pdfs) strip(file);
        return Math.max(1, (System.nanoTime() - start) / 1_000_000);
    }

    private static void strip(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            new PDFTextStripper().getText(pdf);
        }
    }
}
