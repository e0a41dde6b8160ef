package dev.annals.logic.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the paths a user gave into the article files to import; folders are walked recursively. */
public final class ImportSources {

    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "conllu", "html", "htm", "pdf", "docx", "odt", "epub");

    /** A path that could not be expanded, with the reason. */
    public record Problem(String path, String reason) {
    }

    private final List<ImportSource> sources = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    public static ImportSources expand(List<Path> paths) {
        ImportSources out = new ImportSources();
        for (Path path : paths) out.add(path);
        return out;
    }

    public List<ImportSource> sources() {
        return sources;
    }

    public List<Problem> problems() {
        return problems;
    }

    private void add(Path path) {
        if (!Files.exists(path)) {
            problems.add(new Problem(path.toString(), "no such file or folder"));
        } else if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(ImportSources::hasArticleExtension).sorted().forEach(this::addFile);
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(new Problem(path.toString(), "cannot read the folder: " + e.getMessage()));
            }
        } else if (!Files.isRegularFile(path)) {
            problems.add(new Problem(path.toString(), "not a regular file (" + kindOf(path) + "); Annals reads only plain files"));
        } else if (isProject(path)) {
            problems.add(new Problem(path.toString(), "a REFI-QDA project or codebook: use import-project or import-codebook (File › Import project…)"));
        } else if (!hasArticleExtension(path)) {
            problems.add(new Problem(path.toString(), "not an article file (Annals imports .txt, .md, .conllu, .html, .htm, .pdf, .docx, .odt and .epub)"));
        } else {
            addFile(path);
        }
    }

    private void addFile(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            problems.add(new Problem(file.toString(), "cannot read the file: " + e.getMessage()));
            return;
        }
        sources.add(new ImportSource(file.toString(), file.getFileName().toString(), size, () -> readCapped(file, ImportService.MAX_FILE_BYTES)));
    }

    /**
     * The file's bytes, reading no more than {@code cap} of them: the size a file reports can be wrong (a file
     * still growing, /proc), and a path can be swapped for a device between the check and the read.
     */
    static byte[] readCapped(Path file, long cap) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException("not a regular file (" + kindOf(file) + ")");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (bytes.length > cap) throw new IOException("the file is larger than " + cap / (1024 * 1024) + " MB");
            return bytes;
        }
    }

    /** What a path that is not a regular file is, in words: a named pipe, a device, a socket. */
    static String kindOf(Path path) {
        try {
            int type = ((Integer) Files.getAttribute(path, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe";
                case 0020000, 0060000 -> "a device";
                case 0140000 -> "a socket";
                default -> "not a plain file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "not a plain file";
        }
    }

    /** True for what import can take: a folder, or a file with an article or document extension (the drop check). */
    public static boolean isImportable(Path path) {
        return Files.isDirectory(path) || hasArticleExtension(path);
    }

    private static boolean isProject(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".qdpx") || name.endsWith(".qdc");
    }

    static boolean hasArticleExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }
}
