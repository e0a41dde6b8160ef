package dev.annals.logic.export;

/** A file to import is not a Web Annotation file Annals can read (malformed, wrong shape, too big, remote parts). */
public final class AnnotationFileException extends RuntimeException {

    public AnnotationFileException(String message) {
        super(message);
    }

    public AnnotationFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
