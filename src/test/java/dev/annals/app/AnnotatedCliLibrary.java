package dev.annals.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A real SQLite library with the bundled corpus and three annotations, driven through the command line. */
abstract class AnnotatedCliLibrary {

    @TempDir
    Path work;

    static CliRun run(Path library, String... args) {
        return CliRun.on(library, args);
    }

    Path library;

    @BeforeEach
    void annotateTheCorpus() {
        library = work.resolve("lib");
        assertThat(run(library, "annotate", "1", "--theme", "an ninh trật tự", "--quote", "an ninh trật tự", "--note", "=1+1, \"quoted\"\nline two").status()).isZero();
        assertThat(run(library, "annotate", "2", "--theme", "phòng chống tội phạm", "--quote", "tội phạm").status()).isZero();
        assertThat(run(library, "annotate", "3", "--theme", "an ninh trật tự", "--quote", "Công an").status()).isZero();
    }

}
