package dev.annals.persistence;

import dev.annals.model.Annotation;
import dev.annals.model.Span;
import dev.annals.testing.AnnotateLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteAnnotationStoreTest {

    @TempDir
    Path folder;
    AnnotateLibrary lib;
    long doc;
    long theme;

    @BeforeEach
    void open() {
        lib = new AnnotateLibrary(folder);
        doc = lib.addDocument("Hội nghị", "2021", "Công an xã chính quy bảo đảm an ninh trật tự.");
        theme = lib.services.themes().create("Công an xã", null, null, null).id();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void savedAnnotationIsCommittedAtOnceAndVisibleToAnotherConnection() throws SQLException {
        Annotation a = lib.services.annotations().tag(doc, theme, new Span(0, 10), "ghi chú");

        assertThat(readFromOutside("SELECT note FROM annotations WHERE id = " + a.id())).isEqualTo("ghi chú");
    }

    @Test
    void autosavedNoteIsCommittedAtOnce() throws SQLException {
        Annotation a = lib.services.annotations().tag(doc, theme, new Span(0, 10), "");

        lib.services.annotations().setNote(a.id(), "đang gõ");

        assertThat(readFromOutside("SELECT note FROM annotations WHERE id = " + a.id())).isEqualTo("đang gõ");
    }

    @Test
    void countsAnnotationsPerDocumentAndThemeInOneQuery() {
        long other = lib.addDocument("Khác", "2020", "Công an xã năm 2020.");
        long second = lib.services.themes().create("An ninh", null, null, null).id();
        lib.services.annotations().tag(doc, theme, new Span(0, 10), null);
        lib.services.annotations().tag(doc, theme, new Span(11, 20), null);
        lib.services.annotations().tag(doc, second, new Span(0, 3), null);
        lib.services.annotations().tag(other, second, new Span(0, 3), null);

        var counts = new SqliteAnnotationStore(lib.db).countsByDocumentAndTheme();

        assertThat(counts).containsOnly(java.util.Map.entry(doc, java.util.Map.of(theme, 2, second, 1)),
                java.util.Map.entry(other, java.util.Map.of(second, 1)));
    }

    @Test
    void streamsAnnotationsOfThemesInDocumentDateOrder() {
        long older = lib.addDocument("Cũ", "2019-05", "Công an xã năm 2019.");
        lib.services.annotations().tag(doc, theme, new Span(0, 10), null);
        lib.services.annotations().tag(older, theme, new Span(0, 10), null);
        java.util.List<Long> docs = new java.util.ArrayList<>();

        lib.services.annotations().forEach(new dev.annals.logic.annotate.AnnotationQuery(null, java.util.Set.of(theme), null, null), x -> docs.add(x.docId()));

        assertThat(docs).containsExactly(older, doc);
    }

    @Test
    void theWholeLibraryStreamsInTheOrderThatThemesAndDocumentsDo() {
        long undated = lib.addDocument("b không ngày", null, "Công an xã không rõ ngày.");
        long lower = lib.addDocument("a cùng ngày", "2021", "Công an xã cùng năm, tiêu đề thường.");
        long upper = lib.addDocument("B cùng ngày", "2021", "Công an xã cùng năm, tiêu đề hoa.");
        long older = lib.addDocument("Cũ", "2019-05", "Công an xã năm 2019.");
        long other = lib.services.themes().create("Khác", null, null, null).id();
        for (long d : new long[]{undated, upper, doc, older, lower}) {
            lib.services.annotations().tag(d, other, new Span(4, 10), null);
            lib.services.annotations().tag(d, theme, new Span(0, 10), null);
            lib.services.annotations().tag(d, theme, new Span(0, 3), null);
        }
        java.util.List<Long> whole = new java.util.ArrayList<>();
        lib.services.annotations().forEach(dev.annals.logic.annotate.AnnotationQuery.ALL, a -> whole.add(a.id()));
        java.util.List<Long> byThemes = new java.util.ArrayList<>();
        lib.services.annotations().forEach(new dev.annals.logic.annotate.AnnotationQuery(null, java.util.Set.of(theme, other), null, null),
                a -> byThemes.add(a.id()));
        java.util.List<Long> byDocument = new java.util.ArrayList<>();
        for (long d : new long[]{older, lower, upper, doc, undated}) {
            lib.services.annotations().forEach(dev.annals.logic.annotate.AnnotationQuery.forDocument(d), a -> byDocument.add(a.id()));
        }
        assertThat(whole).hasSize(15).containsExactlyElementsOf(byThemes).containsExactlyElementsOf(byDocument);
        java.util.List<Long> firstDocs = new java.util.ArrayList<>();
        lib.services.annotations().forEach(dev.annals.logic.annotate.AnnotationQuery.ALL, a -> {
            if (firstDocs.isEmpty() || firstDocs.get(firstDocs.size() - 1) != a.docId()) firstDocs.add(a.docId());
        });
        assertThat(firstDocs).containsExactly(older, lower, upper, doc, undated);
    }

    @Test
    void streamsEachAnnotationWithItsDocumentsSummaryInEveryScope() {
        long undated = lib.addDocument("b không ngày", null, "Công an xã không rõ ngày.");
        long older = lib.addDocument("Cũ", "2019-05", "Công an xã năm 2019.");
        long other = lib.services.themes().create("Khác", null, null, null).id();
        for (long d : new long[]{undated, doc, older}) {
            lib.services.annotations().tag(d, other, new Span(4, 10), null);
            lib.services.annotations().tag(d, theme, new Span(0, 10), null);
        }
        var store = new SqliteAnnotationStore(lib.db);
        var listed = new java.util.HashMap<Long, dev.annals.model.DocumentSummary>();
        new SqliteDocumentStore(lib.db).list().forEach(d -> listed.put(d.id(), d));
        var queries = java.util.List.of(dev.annals.logic.annotate.AnnotationQuery.ALL,
                new dev.annals.logic.annotate.AnnotationQuery(null, java.util.Set.of(other), null, null),
                dev.annals.logic.annotate.AnnotationQuery.forDocument(older),
                new dev.annals.logic.annotate.AnnotationQuery(null, java.util.Set.of(), dev.annals.model.PartialDate.ofYear(2019), null));
        for (var query : queries) {
            java.util.List<Annotation> plain = new java.util.ArrayList<>();
            store.forEach(query, plain::add);
            java.util.List<Annotation> joined = new java.util.ArrayList<>();
            store.forEachWithDocument(query, (a, d) -> {
                joined.add(a);
                assertThat(d.id()).isEqualTo(a.docId());
                var expected = listed.get(a.docId());
                assertThat(d).isEqualTo(new dev.annals.model.DocumentSummary(expected.id(), expected.title(), expected.date(),
                        expected.source(), expected.kind(), expected.chars(), expected.sha256(), 0, expected.dateSource()));
            });
            assertThat(joined).isNotEmpty().containsExactlyElementsOf(plain);
        }
    }

    private String readFromOutside(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("library.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
