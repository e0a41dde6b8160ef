package dev.annals.logic.library;

import dev.annals.model.DocumentMetadata;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/** Turns the bytes of an article file (.txt, .md, .html, .htm) into normalized text and metadata. */
public class ArticleParser {

    public ParsedArticle parse(String fileName, byte[] bytes) throws ImportFailure {
        if (bytes.length == 0) throw new ImportFailure("the file is empty");
        String text = Normalizer.normalize(new String(bytes, StandardCharsets.UTF_8), Normalizer.Form.NFC);
        return new ParsedArticle(text, DocumentMetadata.empty(), List.of());
    }
}
