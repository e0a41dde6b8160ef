package dev.annals.logic.qda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.logic.export.ExportFormat;
import dev.annals.logic.export.ExportListener;
import dev.annals.logic.export.ExportOptions;
import dev.annals.logic.export.ReportLabels;
import dev.annals.logic.timeline.StoredConference;
import dev.annals.model.Memo;
import dev.annals.model.MemoSubject;
import dev.annals.model.Theme;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Memos of a document, a theme and a conference go out in every notes format, and a .qdpx brings them back. */
class MemoExportRoundTripTest {

    private static final String DOC_MEMO = "Bài này cần đọc lại:\nsố liệu \"chưa khớp\" =SUM(A1)";
    private static final String THEME_MEMO = "Chủ đề gom các bài về trật tự.";
    private static final String CONFERENCE_MEMO = "Hội nghị mở đầu năm 😃";

    @TempDir
    Path dir;

    private record Written(Theme theme, StoredConference conference, String docTitle, String docSha) {
    }

    private Written writeMemos(QdaLibrary library) {
        var session = library.session;
        Theme theme = session.themes().create("Trật tự xã hội", "#0072B2", null, "");
        session.annotations().tagQuote(1, theme.id(), "Công an", 1, "");
        StoredConference conference = session.timeline().refresh().get(0);
        var memos = session.memoService();
        memos.write(MemoSubject.document(2), DOC_MEMO);
        memos.write(MemoSubject.theme(theme.id()), THEME_MEMO);
        memos.write(MemoSubject.conference(conference.id()), CONFERENCE_MEMO);
        var doc = session.documents().find(2).orElseThrow();
        return new Written(theme, conference, doc.title(), doc.sha256());
    }

    private Path export(QdaLibrary library, ExportFormat format) throws Exception {
        Path file = dir.resolve("notes." + format.extension());
        library.session.export().exporter().export(ExportOptions.defaults(format), file, true, ReportLabels.english(), ExportListener.NONE);
        return file;
    }

    @Test
    void markdownHasAMemoSectionSayingWhatEachIsAbout() throws Exception {
        try (QdaLibrary library = new QdaLibrary(dir.resolve("a"), true)) {
            Written w = writeMemos(library);
            String md = Files.readString(export(library, ExportFormat.MD));

            String memos = md.substring(md.indexOf("## Memos"));
            assertThat(memos).contains("### Document: " + w.docTitle(), "### Theme: Trật tự xã hội", "### Conference: ",
                    "Bài này cần đọc lại:  \n", THEME_MEMO, CONFERENCE_MEMO);
        }
    }

    @Test
    void csvHasAMemoRowPerMemoMarkedByTheKindColumn() throws Exception {
        try (QdaLibrary library = new QdaLibrary(dir.resolve("a"), true)) {
            Written w = writeMemos(library);
            List<CSVRecord> rows;
            try (CSVParser parser = CSVParser.parse(Files.readString(export(library, ExportFormat.CSV)).replace("\uFEFF", ""),
                    CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
                rows = parser.getRecords();
            }
            assertThat(rows).extracting(r -> r.get("kind")).containsExactly("annotation", "document-memo", "theme-memo", "conference-memo");
            CSVRecord doc = rows.get(1);
            assertThat(doc.get("document")).isEqualTo(w.docTitle());
            assertThat(doc.get("note")).isEqualTo(DOC_MEMO);
            assertThat(rows.get(2).get("theme")).isEqualTo("Trật tự xã hội");
            assertThat(rows.get(3).get("note")).isEqualTo(CONFERENCE_MEMO);
        }
    }

    @Test
    void jsonLdCarriesEachMemoAsACommentOnTheWholeObject() throws Exception {
        try (QdaLibrary library = new QdaLibrary(dir.resolve("a"), true)) {
            Written w = writeMemos(library);
            JsonNode page = new ObjectMapper().readTree(export(library, ExportFormat.JSONLD).toFile()).path("first");
            List<JsonNode> comments = new ArrayList<>();
            page.path("items").forEach(i -> {
                if (i.path("motivation").asText().equals("commenting")) comments.add(i);
            });

            assertThat(comments).hasSize(3);
            JsonNode doc = comments.get(0);
            assertThat(doc.path("body").path("value").asText()).isEqualTo(DOC_MEMO);
            assertThat(doc.path("target").path("id").asText()).isEqualTo("urn:sha256:" + w.docSha());
            assertThat(doc.path("target").has("selector")).isFalse();
            assertThat(comments.get(1).path("target").path("label").asText()).isEqualTo("Trật tự xã hội");
            assertThat(comments.get(2).path("target").isArray()).isTrue();
            assertThat(comments.get(2).path("target")).hasSize(w.conference().docIds().size());
            assertThat(page.path("items")).hasSize(4);
        }
    }

    @Test
    void qdpxWritesNotesReferredToByTheirSourceCodeAndProject() throws Exception {
        try (QdaLibrary library = new QdaLibrary(dir.resolve("a"), true)) {
            writeMemos(library);
            String xml;
            try (ZipFile zip = new ZipFile(export(library, ExportFormat.QDPX).toFile())) {
                xml = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(xml).contains("<Notes>", "<PlainTextContent>" + THEME_MEMO + "</PlainTextContent>");
            assertThat(xml.split("<NoteRef ", -1)).hasSize(4);
            assertThat(xml.indexOf("<NoteRef ", xml.indexOf("<Code "))).isLessThan(xml.indexOf("</CodeBook>"));
            assertThat(xml.lastIndexOf("<NoteRef ")).isGreaterThan(xml.indexOf("</Notes>"));
        }
    }

    @Test
    void annalsProjectBringsEveryMemoBackIntoANewLibrary() throws Exception {
        try (QdaLibrary source = new QdaLibrary(dir.resolve("a"), true); QdaLibrary target = new QdaLibrary(dir.resolve("b"), false)) {
            Written w = writeMemos(source);
            ProjectImportReport report = target.session.projects().importProject(export(source, ExportFormat.QDPX));

            assertThat(report.memos()).isEqualTo(3);
            long docId = target.session.documents().list().stream().filter(d -> d.sha256().equals(w.docSha())).findFirst().orElseThrow().id();
            assertThat(target.session.memos().forDocument(docId)).extracting(Memo::title, Memo::text).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Memo", DOC_MEMO));
            long themeId = target.session.themes().requireByName("Trật tự xã hội").id();
            assertThat(target.session.memos().forTheme(themeId)).extracting(Memo::text).containsExactly(THEME_MEMO);
            assertThat(target.session.memos().general()).singleElement().satisfies(m -> {
                assertThat(m.text()).isEqualTo(CONFERENCE_MEMO);
                assertThat(m.title()).startsWith("Memo — conference: ").contains(w.conference().date().iso());
            });
        }
    }
}
