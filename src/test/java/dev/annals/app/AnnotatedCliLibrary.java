package dev.annals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A real SQLite library with the bundled corpus and three annotations, driven through the command line. */
abstract class AnnotatedCliLibrary {

    @TempDir
    Path work;

    record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    static Run run(Path library, String... args) {
        AnnalsCliRun.Run r = AnnalsCliRun.run(library, args);
        return new Run(r.status(), r.out(), r.err());
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
