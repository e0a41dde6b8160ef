package dev.annals.logic.library;

import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import dev.annals.model.DocumentSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FirstPageTest {

    @TempDir
    Path dir;

    private LibrarySession session;

    @BeforeEach
    void open() {
        session = TestLibraries.openSeeded(dir);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theFirstPageIsTheStartOfTheListWithItsAnnotationCountsAndTheLibrarysSize() {
        List<DocumentSummary> all = session.documents().list();
        long third = all.get(2).id();
        long theme = session.themes().list().get(0).id();
        session.annotations().tagQuote(third, theme, "Công an", 1, null);
        all = session.documents().list();

        DocumentPage page = session.documents().firstPage(3);
        assertThat(page.documents()).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(page.documents().get(2).annotationCount()).isEqualTo(1);
        assertThat(page.total()).isEqualTo(all.size()).isEqualTo(5);
    }

    @Test
    void aPageLargerThanTheLibraryHoldsItAll() {
        assertThat(session.documents().firstPage(200).documents()).containsExactlyElementsOf(session.documents().list());
    }
}
