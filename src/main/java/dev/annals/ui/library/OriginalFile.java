package dev.annals.ui.library;

import dev.annals.logic.library.DocumentService;
import dev.annals.model.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A document's original bytes as the user imported them, copied to a temporary file that can be opened.
 * {@code text} is null for a document file (PDF, Word, OpenDocument, EPUB), which only its own app shows well.
 */
public record OriginalFile(String name, String text, Path file) {

    private static final java.util.Set<String> DOCUMENT_FILES = java.util.Set.of(".pdf", ".docx", ".odt", ".epub");

    static OriginalFile load(DocumentService store, long docId) throws IOException {
        Document doc = store.find(docId).orElseThrow(() -> new IOException("document " + docId + " is no longer in the library"));
        byte[] bytes = store.originalBytes(docId).orElseThrow(() -> new IOException("the original file was not kept"));
        String name = doc.originalName() == null ? "document-" + docId + ".txt" : doc.originalName();
        String suffix = name.contains(".") ? name.substring(name.lastIndexOf('.')) : ".txt";
        Path file = Files.createTempFile("annals-original-", suffix);
        Files.write(file, bytes);
        file.toFile().deleteOnExit();
        boolean document = DOCUMENT_FILES.contains(suffix.toLowerCase(java.util.Locale.ROOT));
        return new OriginalFile(name, document ? null : new String(bytes, StandardCharsets.UTF_8), file);
    }
}
