package dev.annals.logic.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the paths a user gave into the article files to import; folders are walked recursively. */
public final class ImportSources {

    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "pdf", "docx", "odt", "epub");

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
        } else if (isProject(path)) {
            problems.add(new Problem(path.toString(), "a REFI-QDA project or codebook: use import-project or import-codebook (File › Import project…)"));
        } else if (!hasArticleExtension(path)) {
            problems.add(new Problem(path.toString(), "not an article file (Annals imports .txt, .md, .html, .htm, .pdf, .docx, .odt and .epub)"));
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
        sources.add(new ImportSource(file.toString(), file.getFileName().toString(), size, () -> Files.readAllBytes(file)));
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
