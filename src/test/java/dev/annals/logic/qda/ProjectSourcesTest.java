package dev.annals.logic.qda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.annals.logic.qda.ZipFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/** Where a project's texts come from, and what happens to codes, codings and selections that do not fit. */
class ProjectSourcesTest {

    @TempDir
    Path dir;

    private static String source(String guid, String path, int start, int end, String... codes) {
        StringBuilder codings = new StringBuilder();
        for (String code : codes) codings.append("<Coding guid=\"c").append(code).append("\"><CodeRef targetGUID=\"").append(code).append("\"/></Coding>");
        return "<TextSource guid=\"" + guid + "\" name=\"" + guid + ".txt\"" + (path == null ? "" : " plainTextPath=\"" + path + "\"") + ">"
                + "<PlainTextSelection guid=\"sel-" + guid + "\" name=\"đoạn " + guid + "\" startPosition=\"" + start + "\" endPosition=\"" + end + "\">"
                + codings + "</PlainTextSelection></TextSource>";
    }

    private static String project(String codes, String sources) {
        return "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"t\"><CodeBook><Codes>" + codes + "</Codes></CodeBook><Sources>"
                + sources + "</Sources></Project>";
    }

    private ProjectImportReport importInto(QdaLibrary library, String qde, Map<String, byte[]> files) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", utf8(qde));
        entries.putAll(files);
        return library.session.projects().importProject(ZipFiles.write(dir.resolve("p.qdpx"), entries));
    }

    @Test
    void externalTextNextToTheProjectAndAByteOrderMarkAreRead() throws Exception {
        Files.createDirectories(dir.resolve("texts"));
        Files.writeString(dir.resolve("texts/a.txt"), "\uFEFFCông an xã chính quy", StandardCharsets.UTF_8);
        Path absolute = Files.writeString(dir.resolve("b.txt"), "Đề án 06 về dữ liệu dân cư", StandardCharsets.UTF_8);
        String qde = project("<Code guid=\"k\" name=\"Cơ sở\"/>", source("a", "relative://texts/a.txt", 0, 7, "k")
                + source("b", absolute.toUri().toString(), 0, 8, "k"));
        try (QdaLibrary library = new QdaLibrary(dir.resolve("lib"), false)) {
            ProjectImportReport report = importInto(library, qde, Map.of());
            assertThat(report.sources().imported()).isEqualTo(2);
            assertThat(library.annotations()).extracting(a -> a.split(" \\| ")[3]).containsExactlyInAnyOrder("Công an", "Đề án 06");
        }
    }

    @Test
    void aSelectionWithTwoCodesIsTwoAnnotationsAndAnUnknownCodeIsSkipped() throws Exception {
        String qde = project("<Code guid=\"k1\" name=\"Một\"/><Code guid=\"k2\" name=\"Hai\"/>", source("a", "internal://a.txt", 0, 3, "k1", "k2", "k9"));
        try (QdaLibrary library = new QdaLibrary(dir.resolve("lib"), false)) {
            ProjectImportReport report = importInto(library, qde, Map.of("sources/a.txt", utf8("Bộ Công an")));
            assertThat(report.selections()).isEqualTo(new ProjectImportReport.Counts(2, 0, 1));
            assertThat(report.items()).anySatisfy(i -> assertThat(i.reason()).isEqualTo("it refers to a code the codebook does not have: k9"));
            assertThat(library.annotations()).extracting(a -> a.split(" \\| ")[1]).containsExactlyInAnyOrder("Một", "Hai");
        }
    }

    @Test
    void twoSourcesWithTheSameTextAreOneDocumentAndCodesNamedTwiceAreOneTheme() throws Exception {
        String qde = project("<Code guid=\"k1\" name=\"An ninh\" color=\"#abc\"/><Code guid=\"k2\" name=\"AN NINH\" color=\"red\"/>"
                + "<Code guid=\"k3\" name=\"Mới\" color=\"bad\"/>",
                source("a", "internal://a.txt", 0, 3, "k1") + source("b", "internal://b.txt", 4, 10, "k2"));
        try (QdaLibrary library = new QdaLibrary(dir.resolve("lib"), false)) {
            ProjectImportReport report = importInto(library, qde, Map.of("sources/a.txt", utf8("Bộ Công an"), "sources/b.txt", utf8("Bộ Công an")));
            assertThat(report.sources()).isEqualTo(new ProjectImportReport.Counts(1, 1, 0));
            assertThat(report.codes()).isEqualTo(new ProjectImportReport.Counts(2, 1, 0));
            assertThat(library.documents()).isEqualTo(1);
            assertThat(library.themes()).containsExactly("An ninh | #AABBCC |  | ", "Mới | #E69F00 |  | ");
            assertThat(library.annotations()).hasSize(2);
        }
    }

    @Test
    void aSourceWithoutTextIsSkippedWithItsSelections() throws Exception {
        String qde = project("<Code guid=\"k\" name=\"K\"/>", source("a", "internal://a.txt", 0, 0, "k"));
        try (QdaLibrary library = new QdaLibrary(dir.resolve("lib"), false)) {
            ProjectImportReport report = importInto(library, qde, Map.of("sources/a.txt", utf8("  \n ")));
            assertThat(report.sources().skipped()).isEqualTo(1);
            assertThat(report.selections().skipped()).isEqualTo(1);
            assertThat(library.documents()).isZero();
        }
    }

    @Test
    void selectionsAndSourcesKeepTheirDatesAndTitles() throws Exception {
        String qde = project("<Code guid=\"k\" name=\"K\"/>", "<TextSource guid=\"s\" name=\"Báo cáo tổng kết.docx\" plainTextPath=\"internal://s.txt\">"
                + "<Description>2021-12</Description><PlainTextSelection guid=\"x\" startPosition=\"0\" endPosition=\"7\""
                + " creationDateTime=\"2020-01-02T03:04:05Z\" modifiedDateTime=\"2020-02-03T04:05:06\">"
                + "<Coding guid=\"c\"><CodeRef targetGUID=\"k\"/></Coding></PlainTextSelection></TextSource>");
        try (QdaLibrary library = new QdaLibrary(dir.resolve("lib"), false)) {
            importInto(library, qde, Map.of("sources/s.txt", utf8("Báo cáo năm nay")));
            var doc = library.session.documents().list().get(0);
            assertThat(doc.title()).isEqualTo("Báo cáo tổng kết");
            assertThat(doc.date()).hasToString("2021-12");
            var annotation = library.session.annotations().forDocument(doc.id()).get(0);
            assertThat(annotation.created()).hasToString("2020-01-02T03:04:05Z");
            assertThat(annotation.modified()).hasToString("2020-02-03T04:05:06Z");
            assertThat(library.session.memos().forDocument(doc.id())).isEmpty();
        }
    }
}
