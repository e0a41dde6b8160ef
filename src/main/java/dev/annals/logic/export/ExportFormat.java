package dev.annals.logic.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats notes can be exported to. */
public enum ExportFormat {
    MD("md", "Markdown"),
    CSV("csv", "CSV"),
    JSONLD("jsonld", "W3C Web Annotation (JSON-LD)"),
    QDPX("qdpx", "REFI-QDA project"),
    QDC("qdc", "REFI-QDA codebook");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    /** The file extension without the dot; also the name used on the command line. */
    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** Whether the format carries annotations (the codebook carries only themes). */
    public boolean carriesAnnotations() {
        return this != QDC;
    }

    public static Optional<ExportFormat> fromName(String name) {
        if (name == null) return Optional.empty();
        String wanted = name.trim().toLowerCase(Locale.ROOT).replace("json-ld", "jsonld");
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }
}
