package dev.annals.persistence;

import dev.annals.logic.library.NewDocument;
import dev.annals.logic.text.Folding;
import dev.annals.model.DocumentMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The documents that hold an exact quote, narrowed by the search index without ever missing one. */
class QuoteSearchTest {

    @TempDir
    Path dir;
    private Database db;
    private SqliteDocumentStore store;
    private long son;
    private long binh;

    @BeforeEach
    void library() {
        db = Database.open(dir);
        store = new SqliteDocumentStore(db);
        List<Long> ids = store.insertAll(List.of(doc("Thượng tướng Nguyễn Văn Sơn, Thứ trưởng Bộ Công an."),
                doc("Ông Nguyễn Văn Bình phát biểu tại hội nghị Công an tỉnh.")));
        son = ids.get(0);
        binh = ids.get(1);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static NewDocument doc(String text) {
        return new NewDocument(new DocumentMetadata("t", null, null, null, List.of()), text, dev.annals.logic.library.Hashing.sha256(text),
                text.codePointCount(0, text.length()), "a.txt", text.getBytes(), Instant.now(), Folding.fold(text));
    }

    @Test
    void findsQuotesThatStartOrEndInsideAWord() {
        assertThat(store.idsContaining("guyễn Văn Sơ")).containsExactly(son);
        assertThat(store.idsContaining("Văn B")).containsExactly(binh);
        assertThat(store.idsContaining("Công an")).containsExactlyInAnyOrder(son, binh);
        assertThat(store.idsContaining("Nguyễn Văn An")).isEmpty();
    }

    @Test
    void aOneWordQuoteIsLookedForInEveryText() {
        assertThat(QuotePhrase.ftsPrefix("Sơn")).isNull();
        assertThat(store.idsContaining("Bình")).containsExactly(binh);
    }

    @Test
    void thePhraseDropsTheFirstWordAndCutsTheLast() {
        assertThat(QuotePhrase.ftsPrefix("guyễn Văn Sơ")).isEqualTo("\"van so\"*");
        assertThat(QuotePhrase.ftsPrefix("Bộ Công an; Trung")).isEqualTo("\"cong an trung\"*");
    }
}
