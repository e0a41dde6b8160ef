package dev.annals.logic.library;

import dev.annals.model.DocumentMetadata;

import java.nio.charset.StandardCharsets;

/** Parses article text written in a test. */
final class Articles {

    private Articles() {
    }

    static DocumentMetadata metadata(String text) {
        return parse("article.txt", text).metadata();
    }

    static ParsedArticle parse(String fileName, String text) {
        try {
            return new ArticleParser().parse(fileName, text.getBytes(StandardCharsets.UTF_8));
        } catch (ImportFailure e) {
            throw new AssertionError(e);
        }
    }
}
