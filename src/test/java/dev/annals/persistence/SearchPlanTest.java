package dev.annals.persistence;

import dev.annals.logic.library.Hashing;
import dev.annals.logic.library.NewDocument;
import dev.annals.logic.search.IndexFilter;
import dev.annals.logic.search.QueryParser;
import dev.annals.logic.search.SearchFilters;
import dev.annals.logic.search.SearchHit;
import dev.annals.logic.search.SearchRequest;
import dev.annals.model.CodePoints;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPlanTest {

    private static final String[] WORDS = {"công an", "Đảng", "nhiệm vụ", "chỉ đạo", "chính trị", "chiến sĩ", "an ninh", "trật tự"};

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

    /** Documents of different lengths and word counts, so that bm25 orders them without ties. */
    private List<Long> addVaried(int count, PartialDate date, ConferenceKind kind) {
        List<NewDocument> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("Bài " + i + ".");
            for (int w = 0; w < 3 + (i * 7) % 23; w++) text.append(' ').append(WORDS[(i * 5 + w * w) % WORDS.length]).append(" hôm nay");
            String t = text.toString();
            docs.add(new NewDocument(new DocumentMetadata("d" + i, date, null, kind, List.of()), t, Hashing.sha256(t + date + kind),
                    CodePoints.length(t), "d" + i + ".txt", t.getBytes(StandardCharsets.UTF_8), Instant.parse("2024-01-01T00:00:00Z")));
        }
        return library.documents.insertAll(docs);
    }

    private List<Long> ids(String query, SearchFilters filters) throws Exception {
        return library.search.search(new SearchRequest(query, filters, 20)).stream().map(SearchHit::docId).toList();
    }

    private List<Long> rankedByFts5(String query) throws Exception {
        return Sql.queryList(library.db.connection(), "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY bm25(search_fts), rowid DESC LIMIT 20",
                rs -> rs.getLong(1), PrefixTerms.expand(library.db.connection(), QueryParser.parse(query).ftsExpression()));
    }

    @Test
    void fewMatchesComeInTheOrderOfTheRankedFts5Query() throws Exception {
        addVaried(120, null, null);
        for (String query : List.of("công an", "Đảng nhiệm vụ", "\"an ninh hôm nay\"", "chỉ*", "công an -Đảng", "Đảng OR \"chính trị\"")) {
            assertThat(ids(query, SearchFilters.NONE)).as(query).isNotEmpty().containsExactlyElementsOf(rankedByFts5(query));
        }
    }

    @Test
    void manyMatchesComeNewestFirst() throws Exception {
        List<Long> added = addVaried(SearchPlan.CANDIDATES + 30, null, null);
        List<Long> newestFirst = added.reversed().subList(0, 20);
        assertThat(ids("hôm nay", SearchFilters.NONE)).containsExactlyElementsOf(newestFirst);
        assertThat(ids("hom nay", SearchFilters.NONE)).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void foldingFindsĐWithoutItsStrokeOnBothPaths() throws Exception {
        long rare = library.add("rare", "Đồng chí Đặng Văn Đức phát biểu.");
        assertThat(ids("dang van duc", SearchFilters.NONE)).containsExactly(rare);
        addVaried(SearchPlan.CANDIDATES + 30, null, null);
        assertThat(ids("dang", SearchFilters.NONE)).hasSize(20).doesNotContain(rare);
    }

    @Test
    void filtersHoldWhenFewManyOrMostDocumentsPassThem() throws Exception {
        List<Long> old = addVaried(SearchPlan.CANDIDATES + 30, PartialDate.ofYear(2018), ConferenceKind.ANNUAL_NATIONAL);
        List<Long> few = addVaried(5, PartialDate.ofMonth(2020, 3), ConferenceKind.SIX_MONTH_REVIEW);
        List<Long> many = addVaried(SearchPlan.LOOKUPS + 20, PartialDate.ofDay(2021, 5, 1), ConferenceKind.ONLINE);
        addVaried(SearchPlan.CANDIDATES + 30, null, null);
        assertThat(ids("công an OR Đảng", new SearchFilters(2020, 2020, null, null))).isSubsetOf(few).isNotEmpty();
        assertThat(ids("hom nay", new SearchFilters(null, null, ConferenceKind.ONLINE, null))).hasSize(20).isSubsetOf(many);
        assertThat(ids("hom nay", new SearchFilters(null, 2019, null, null))).containsExactlyElementsOf(old.reversed().subList(0, 20));
        assertThat(ids("nhiệm vụ", new SearchFilters(2019, 2021, ConferenceKind.SIX_MONTH_REVIEW, null))).isSubsetOf(few);
    }

    @Test
    void filtersPassingManyGiveTheNewestPassingMatchesAndFiltersPassingFewFallBackToThePassingDocuments() throws Exception {
        List<Long> rare = addVaried(3, PartialDate.ofYear(2018), ConferenceKind.THEMATIC_REVIEW);
        List<Long> all = new ArrayList<>();
        for (int year = 2020; year <= 2024; year++) {
            all.addAll(addVaried(SearchPlan.CHECKED_AT_MOST / 4, PartialDate.ofYear(year), year % 2 == 0 ? ConferenceKind.ONLINE : ConferenceKind.OTHER));
        }
        for (SearchFilters filters : List.of(new SearchFilters(2021, 2022, null, null), new SearchFilters(null, null, ConferenceKind.ONLINE, null),
                new SearchFilters(2020, null, ConferenceKind.OTHER, null))) {
            SearchFilterSql sql = new SearchFilterSql(new IndexFilter(filters.fromYear(), filters.toYear(), filters.kind(), null), null);
            List<Object> params = new ArrayList<>(List.of("\"hom nay\""));
            params.addAll(sql.params);
            List<Long> newestPassing = Sql.queryList(library.db.connection(), "SELECT search_fts.rowid FROM search_fts JOIN documents d ON d.id = search_fts.rowid"
                    + " WHERE search_fts MATCH ?" + sql.where + " ORDER BY search_fts.rowid DESC LIMIT 20", rs -> rs.getLong(1), params.toArray());
            assertThat(ids("hôm nay", filters)).as(filters.toString()).hasSize(20).containsExactlyElementsOf(newestPassing);
        }
        assertThat(ids("hôm nay", new SearchFilters(null, 2019, null, null))).containsExactlyInAnyOrderElementsOf(rare);
        assertThat(all).hasSizeGreaterThan(SearchPlan.CHECKED_AT_MOST);
    }

    @Test
    void aThemeFilterKeepsOnlyAnnotatedDocuments() throws Exception {
        List<Long> docs = addVaried(SearchPlan.CANDIDATES + 30, null, null);
        long theme = library.theme("an ninh trật tự", null);
        Set<Long> annotated = Set.of(docs.get(3), docs.get(100), docs.get(200));
        annotated.forEach(id -> library.annotate(id, theme, 0, 3, ""));
        assertThat(ids("hôm nay", new SearchFilters(null, null, null, "an ninh trat tu"))).containsExactlyInAnyOrderElementsOf(annotated);
    }

    @Test
    void aPrefixStandsForTheWordsTheIndexHoldsWithIt() throws Exception {
        addVaried(40, null, null);
        String expanded = PrefixTerms.expand(library.db.connection(), QueryParser.parse("chi* \"an ni*\"").ftsExpression());
        assertThat(expanded).isEqualTo("(\"chi\" OR \"chien\" OR \"chinh\") AND (\"an ninh\")");
        assertThat(PrefixTerms.expand(library.db.connection(), "\"zzz\" *")).isEqualTo("\"zzz\" *");
        assertThat(PrefixTerms.upperBound("chi")).isEqualTo("chj");
    }

    @Test
    void aPrefixFindsTheDocumentsTheNativePrefixFinds() throws Exception {
        addVaried(120, null, null);
        String nativePrefix = QueryParser.parse("chỉ*").ftsExpression();
        List<Long> all = Sql.queryList(library.db.connection(), "SELECT rowid FROM search_fts WHERE search_fts MATCH ?", rs -> rs.getLong(1), nativePrefix);
        assertThat(library.search.search(new SearchRequest("chỉ*", SearchFilters.NONE, 500)).stream().map(SearchHit::docId))
                .containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aPrefixOfTooManyWordsIsLeftToFts5() {
        String text = java.util.stream.IntStream.range(0, PrefixTerms.MAX_WORDS + 1).mapToObj(i -> "tu" + i).collect(Collectors.joining(" "));
        library.add("many", text);
        assertThat(PrefixTerms.expand(library.db.connection(), "\"tu\" *")).isEqualTo("\"tu\" *");
    }

    @Test
    void aFilterThatNoDocumentPassesFindsNothing() throws Exception {
        addVaried(10, PartialDate.ofYear(2018), null);
        assertThat(library.index.find("\"cong\"", new IndexFilter(2030, null, null, null), 20)).isEmpty();
    }
}
