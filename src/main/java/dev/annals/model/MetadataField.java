package dev.annals.model;

/** One key and value an article file states about itself, as written (a header line, a page's meta tag). */
public record MetadataField(String key, String value) {

    public MetadataField {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("a metadata field needs a key");
        value = value == null ? "" : value;
    }
}
