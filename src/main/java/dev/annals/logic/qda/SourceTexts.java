package dev.annals.logic.qda;

import dev.annals.logic.library.formats.FormatException;
import dev.annals.logic.library.formats.SafeZip;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the plain text of each text source: an entry {@code sources/NAME} of the project for {@code internal://},
 * a {@code .txt} file next to the project (or under its basePath) for {@code relative://}, a {@code .txt} file for
 * {@code file://}, or the source's own PlainTextContent. A source that cannot be found, and a selection that does
 * not lie inside its source's text, make the whole project unreadable.
 */
final class SourceTexts {

    /** A source with its bytes as given and its text split into code points, which the positions count. */
    record Loaded(QdaProject.Source source, byte[] bytes, String text, int codePoints) {
    }

    private final SafeZip.Entries zip;
    private final Path projectFolder;
    private final long maxBytes;

    SourceTexts(SafeZip.Entries zip, Path projectFile, long maxBytes) {
        this.zip = zip;
        this.projectFolder = projectFile.toAbsolutePath().getParent();
        this.maxBytes = maxBytes;
    }

    List<Loaded> load(QdaProject project) throws FormatException {
        List<Loaded> out = new ArrayList<>();
        for (QdaProject.Source s : project.sources) {
            byte[] bytes = bytes(s, project.basePath);
            String text = decode(bytes);
            int length = text.codePointCount(0, text.length());
            for (QdaProject.Selection sel : s.selections()) {
                if (sel.start() < 0 || sel.end() < sel.start() || sel.end() > length) {
                    throw new FormatException("the selection " + label(sel.name(), sel.guid()) + " of the source '" + s.name()
                            + "' runs from " + sel.start() + " to " + sel.end() + ", outside its text of " + length + " characters");
                }
            }
            out.add(new Loaded(s, bytes, text, length));
        }
        return out;
    }

    /** The project's own files: {@code sources/…} entries that a text source uses. */
    static String internalEntry(String path) {
        return "sources/" + path.substring("internal://".length());
    }

    private byte[] bytes(QdaProject.Source s, String basePath) throws FormatException {
        String path = s.path();
        if (path == null) {
            if (s.inlineText() != null) return s.inlineText().getBytes(StandardCharsets.UTF_8);
            throw new FormatException("the source '" + s.name() + "' has neither a plainTextPath nor PlainTextContent");
        }
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("internal://")) {
            String entry = internalEntry(path);
            if (path.substring(11).contains("/") || entry.contains("..")) {
                throw new FormatException("the source '" + s.name() + "' points outside the project's sources folder: " + path);
            }
            byte[] bytes = zip.get(entry);
            if (bytes == null) throw new FormatException("the source '" + s.name() + "' is missing: the project has no " + entry);
            return bytes;
        }
        return external(s, path, lower, basePath);
    }

    private byte[] external(QdaProject.Source s, String path, String lower, String basePath) throws FormatException {
        Path file;
        if (lower.startsWith("relative://")) {
            String rest = path.substring("relative://".length()).replaceFirst("^/+", "");
            Path base = basePath != null && Path.of(basePath).isAbsolute() && Files.isDirectory(Path.of(basePath))
                    ? Path.of(basePath) : projectFolder;
            file = base.resolve(rest).normalize();
            if (!file.startsWith(base.normalize())) {
                throw new FormatException("the source '" + s.name() + "' points outside the project's folder: " + path);
            }
        } else if (lower.startsWith("file://")) {
            try {
                file = Path.of(URI.create(path));
            } catch (IllegalArgumentException e) {
                throw new FormatException("the source '" + s.name() + "' has a path Annals cannot read: " + path);
            }
        } else {
            throw new FormatException("the source '" + s.name() + "' has a path Annals cannot read: " + path);
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            throw new FormatException("the source '" + s.name() + "' is not a plain-text file: " + file);
        }
        try {
            if (!Files.isRegularFile(file)) throw new FormatException("the source '" + s.name() + "' is missing: no file " + file);
            if (Files.size(file) > maxBytes) throw new FormatException("the source '" + s.name() + "' is larger than " + (maxBytes >> 20) + " MB: " + file);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FormatException("the source '" + s.name() + "' cannot be read: " + e.getMessage());
        }
    }

    /** REFI-QDA plain text is UTF-8; a byte-order mark is not part of the text the positions count. */
    static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
    }

    static String label(String name, String guid) {
        return name == null ? guid : "'" + name + "'";
    }
}
