package dev.annals.logic.library.formats;

import java.util.List;

/** Reads the text of one kind of document file. Most files are one document; an EPUB may be several. */
@FunctionalInterface
public interface DocumentExtractor {

    List<ExtractedDocument> extract(byte[] bytes) throws FormatException;
}
