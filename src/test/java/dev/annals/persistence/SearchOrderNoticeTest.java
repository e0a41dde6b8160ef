package dev.annals.persistence;

import dev.annals.logic.search.SearchFilters;
import dev.annals.logic.search.SearchHit;
import dev.annals.logic.search.SearchRequest;
import dev.annals.logic.search.SearchResults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SearchOrderNoticeTest {

    @TempDir
    Path folder;
    SearchLibraryFixture library;
    long newest;

    @BeforeEach
    void open() {
        library = new SearchLibraryFixture(folder);
        for (int i = 0; i <= SearchPlan.CANDIDATES + 4; i++) {
            String rare = i % 100 == 0 ? " Khinh khí cầu bay qua." : "";
            newest = library.add("Bài " + i, "Hội nghị Công an số " + i + "." + rare);
        }
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void aQueryMatchingMoreThanCanBeRankedSaysItsHitsComeNewestFirst() throws Exception {
        SearchResults results = library.search.searchEverything(new SearchRequest("cong an", SearchFilters.NONE, 20));

        assertThat(results.newestFirst()).isTrue();
        assertThat(results.totalDocuments()).isEqualTo(SearchPlan.CANDIDATES + 5);
        assertThat(results.documents()).extracting(SearchHit::docId).first().isEqualTo(newest);
    }

    @Test
    void aRareQueryIsRankedAndSaysNothingAboutOrder() throws Exception {
        SearchResults results = library.search.searchEverything(new SearchRequest("khinh khi cau", SearchFilters.NONE, 20));

        assertThat(results.newestFirst()).isFalse();
        assertThat(results.totalDocuments()).isEqualTo(3);
    }
}
