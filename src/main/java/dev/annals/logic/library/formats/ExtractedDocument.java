package dev.annals.logic.library.formats;

import dev.annals.model.PartialDate;

import java.util.List;

/**
 * The text of a document file as paragraphs, with what the file itself says about it: title, author and date
 * (any may be null), and warnings for the user. {@code part} is set when the document is one part of its file
 * (a chapter of an EPUB collection): that part's own bytes, to keep as its original.
 */
public record ExtractedDocument(List<String> paragraphs, String title, String author, PartialDate date, List<String> warnings,
                                Part part) {

    /** A part of a file, by its name inside it, with its bytes. */
    public record Part(String name, byte[] bytes) {
    }

    public ExtractedDocument {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }

    public ExtractedDocument(List<String> paragraphs, String title, String author, PartialDate date, List<String> warnings) {
        this(paragraphs, title, author, date, warnings, null);
    }

    /** One paragraph a line, as article text files are written, so the same article from .txt and .docx is one text. */
    public String text() {
        return String.join("\n", paragraphs);
    }

    public ExtractedDocument withWarning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new ExtractedDocument(paragraphs, title, author, date, more, part);
    }
}
