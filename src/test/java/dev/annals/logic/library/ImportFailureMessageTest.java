package dev.annals.logic.library;

import dev.annals.logic.changes.LibraryChanges;
import dev.annals.persistence.Database;
import dev.annals.persistence.SqliteDocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class ImportFailureMessageTest {

    @TempDir
    Path dir;

    private ImportResult importWith(Supplier<Error> failure) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Hội nghị\n\nNội dung bài viết.", StandardCharsets.UTF_8);
        ArticleParser parser = new ArticleParser() {
            @Override
            public List<ParsedArticle> parseAll(String fileName, byte[] bytes) {
                throw failure.get();
            }
        };
        try (Database db = Database.open(dir.resolve("library"))) {
            ImportService importer = new ImportService(new SqliteDocumentStore(db), parser, Clock.systemUTC(), new LibraryChanges());
            return importer.importPaths(List.of(file), ImportProgress.NONE).getFirst();
        }
    }

    @Test
    void runningOutOfMemoryOnOneFileGivesAPlainReasonAndNoJavaClassName() throws Exception {
        ImportResult result = importWith(() -> new OutOfMemoryError("Java heap space"));

        assertThat(result.error()).startsWith("not enough memory to read this file as an article")
                .contains("split it into smaller files").doesNotContain("java.lang").doesNotContain("heap");
    }

    @Test
    void aParserThatRecursesTooDeepGivesAPlainReason() throws Exception {
        ImportResult result = importWith(StackOverflowError::new);

        assertThat(result.error()).isEqualTo("the file is nested too deeply to be read as an article");
    }
}
