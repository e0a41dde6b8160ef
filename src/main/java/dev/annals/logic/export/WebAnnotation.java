package dev.annals.logic.export;

/** Names from the W3C Web Annotation model used by both the writer and the reader. */
final class WebAnnotation {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String SOURCE_PREFIX = "urn:sha256:";
    static final String TAGGING = "tagging";
    static final String COMMENTING = "commenting";

    private WebAnnotation() {
    }
}
