package dev.annals.logic.library.formats;

import dev.annals.model.PartialDate;

import java.util.List;

/**
 * The text of a document file as paragraphs, with what the file itself says about it: title, author and date
 * (any may be null), and warnings for the user.
 */
public record ExtractedDocument(List<String> paragraphs, String title, String author, PartialDate date, List<String> warnings) {

    public ExtractedDocument {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }

    /** One paragraph a line, as article text files are written, so the same article from .txt and .docx is one text. */
    public String text() {
        return String.join("\n", paragraphs);
    }

    public ExtractedDocument withWarning(String warning) {
        List<String> more = new java.util.ArrayList<>(warnings);
        more.add(warning);
        return new ExtractedDocument(paragraphs, title, author, date, more);
    }
}
