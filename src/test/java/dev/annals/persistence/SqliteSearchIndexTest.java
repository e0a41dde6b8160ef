package dev.annals.persistence;

import dev.annals.logic.search.InvalidQueryException;
import dev.annals.logic.search.SearchHit;
import dev.annals.logic.search.SearchRequest;
import dev.annals.model.CodePoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteSearchIndexTest {

    @TempDir
    Path folder;
    SearchLibraryFixture library;

    @BeforeEach
    void open() {
        library = new SearchLibraryFixture(folder);
    }

    @AfterEach
    void close() {
        library.close();
    }

    private List<Long> ids(String query) throws InvalidQueryException {
        return library.search.search(SearchRequest.of(query)).stream().map(SearchHit::docId).toList();
    }

    @Test
    void indexesDocumentsOnImport() throws Exception {
        long id = library.add("a", "Bộ Công an tổ chức hội nghị.");
        assertThat(ids("hội nghị")).containsExactly(id);
        assertThat(library.indexedDocuments()).isEqualTo(1);
    }

    @Test
    void dropsDeletedDocumentsFromTheIndex() throws Exception {
        long id = library.add("a", "Bộ Công an tổ chức hội nghị.");
        library.documents.delete(id);
        assertThat(ids("hội nghị")).isEmpty();
        assertThat(library.indexedDocuments()).isZero();
    }

    @Test
    void reindexesCorrectedText() throws Exception {
        long id = library.add("a", "Hội nghị sơ kết công tác.");
        library.documents.updateText(id, "Hội nghị tổng kết công tác.", "sha", 27);
        assertThat(ids("sơ")).isEmpty();
        assertThat(ids("tổng kết")).containsExactly(id);
    }

    @Test
    void rebuildRepairsALostIndex() throws Exception {
        long id = library.add("a", "Đảng ủy Công an Trung ương.");
        try (Statement st = library.db.connection().createStatement()) {
            st.execute("INSERT INTO search_fts(search_fts) VALUES ('delete-all')");
        }
        assertThat(ids("dang")).isEmpty();
        library.search.rebuildIndex();
        assertThat(ids("dang")).containsExactly(id);
        assertThat(library.indexedDocuments()).isEqualTo(1);
    }

    @Test
    void upgradeIndexesTheDocumentsAlreadyInALibrary() throws Exception {
        library.close();
        Path old = folder.resolve("old");
        java.nio.file.Files.createDirectories(old);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old.resolve("library.db")); Statement st = c.createStatement()) {
            for (String sql : Migrations.statements(Migrations.script(1))) st.execute(sql);
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO documents(title, text, sha256, chars, imported_at) VALUES ('cũ', 'Văn bản về Đảng bộ', 'x', 18, '2020-01-01T00:00:00Z')");
        }
        library = new SearchLibraryFixture(old);
        assertThat(library.db.schemaVersion()).isEqualTo(Migrations.latestVersion());
        assertThat(ids("dang bo")).hasSize(1);
    }

    @Test
    void findsTheSameHitsWithOrWithoutToneMarks() throws Exception {
        long a = library.add("a", "Lực lượng Công an nhân dân.");
        long b = library.add("b", "CÔNG AN xã.");
        library.add("c", "Quân đội nhân dân.");
        assertThat(ids("cong an")).containsExactlyInAnyOrder(a, b);
        assertThat(ids("Công an")).containsExactlyElementsOf(ids("cong an"));
        assertThat(ids("CÔNG AN")).containsExactlyElementsOf(ids("cong an"));
    }

    @Test
    void findsDStrokeWithD() throws Exception {
        long id = library.add("a", "Thường trực Ban Bí thư Đảng.");
        assertThat(ids("dang")).containsExactly(id);
        assertThat(ids("Đảng")).containsExactly(id);
        assertThat(ids("đang")).containsExactly(id);
    }

    @Test
    void mapsHitOffsetsBackThroughAstralCharacters() throws Exception {
        String text = "😃😃 𝒜 Ghi chú 😃: Bộ Công an và 🇻🇳 Đảng ủy.";
        long id = library.add("a", text);
        SearchHit hit = library.search.search(SearchRequest.of("dang")).get(0);
        assertThat(hit.docId()).isEqualTo(id);
        assertThat(CodePoints.substring(text, hit.start(), hit.end())).isEqualTo("Đảng");
        SearchHit phrase = library.search.search(SearchRequest.of("\"cong an\"")).get(0);
        assertThat(CodePoints.substring(text, phrase.start(), phrase.end())).isEqualTo("Công an");
    }

    @Test
    void supportsEveryQueryOperator() throws Exception {
        long a = library.add("a", "Hội nghị sơ kết công tác Công an sáu tháng.");
        long b = library.add("b", "Hội nghị tổng kết phòng chống ma túy.");
        long c = library.add("c", "Tổng kết công tác năm, tội phạm ma túy giảm.");
        assertThat(ids("hội nghị")).containsExactlyInAnyOrder(a, b);
        assertThat(ids("\"tổng kết phòng\"")).containsExactly(b);
        assertThat(ids("\"kết tổng\"")).isEmpty();
        assertThat(ids("tổ*")).containsExactlyInAnyOrder(b, c);
        assertThat(ids("ma túy -phòng")).containsExactly(c);
        assertThat(ids("sơ OR tội")).containsExactlyInAnyOrder(a, c);
        assertThat(ids("hội nghị -\"ma túy\"")).containsExactly(a);
    }

    @Test
    void ranksTheDocumentWithMoreHitsFirst() throws Exception {
        library.add("few", "Công an một lần. " + "Văn bản dài không liên quan gì cả. ".repeat(5));
        long many = library.add("many", "Công an, công an, công an và công an.");
        assertThat(ids("công an").get(0)).isEqualTo(many);
    }

    @Test
    void answersHostileQueriesWithoutFailing() throws Exception {
        library.add("a", "Near the DROP TABLE documents of công an.");
        for (String q : List.of("\"unbalanced", "NEAR(", "NEAR(a b, 2)", "'; DROP TABLE documents; --", "a\" OR \"b", "col:drop", "^near", "drop*")) {
            library.search.search(SearchRequest.of(q));
        }
        assertThat(ids("'; DROP TABLE documents; --")).hasSize(1);
        assertThat(ids("NEAR(")).hasSize(1);
        assertThat(library.documents.count()).isEqualTo(1);
    }

    @Test
    void highlightsHitsInTheRealText() throws Exception {
        library.add("a", "Ngày 21/6, Đảng ủy Công an Trung ương tổ chức hội nghị.");
        SearchHit hit = library.search.search(SearchRequest.of("dang uy")).get(0);
        assertThat(hit.snippet().marked("[", "]")).isEqualTo("Ngày 21/6, [Đảng ủy] Công an Trung ương tổ chức hội nghị.");
    }
}
