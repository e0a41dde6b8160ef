package dev.annals.logic.qda;

import dev.annals.model.Span;
import dev.annals.logic.export.ExportFormat;
import dev.annals.logic.export.ExportListener;
import dev.annals.logic.export.ExportOptions;
import dev.annals.logic.export.ReportLabels;
import dev.annals.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Annals' own .qdpx comes back with nothing lost, into a new library and into the one that wrote it. */
class ProjectRoundTripTest {

    @TempDir
    Path dir;

    private Path exportAnnotatedLibrary(QdaLibrary source) throws Exception {
        var themes = source.session.themes();
        Theme security = themes.create("Trật tự xã hội", "#0072B2", null, "Mọi bài về trật tự");
        Theme commune = themes.create("Công an cấp xã", "#D55E00", security.id(), "");
        var annotations = source.session.annotations();
        annotations.tagQuote(1, security.id(), "an ninh trật tự", 1, "ghi chú \"một\"\nhai dòng");
        annotations.tagQuote(2, commune.id(), "Công an", 1, "");
        annotations.tagQuote(3, security.id(), "Công an", 2, "😃 𝔸");
        Path file = dir.resolve("notes.qdpx");
        source.session.export().exporter().export(ExportOptions.defaults(ExportFormat.QDPX), file, false, ReportLabels.english(), ExportListener.NONE);
        return file;
    }

    @Test
    void annalsProjectImportsIntoANewLibraryWithNothingLost() throws Exception {
        try (QdaLibrary source = new QdaLibrary(dir.resolve("a"), true); QdaLibrary target = new QdaLibrary(dir.resolve("b"), false)) {
            Path file = exportAnnotatedLibrary(source);
            ProjectImportReport report = target.session.projects().importProject(file);

            assertThat(report.sources().imported()).isEqualTo(3);
            assertThat(report.selections().imported()).isEqualTo(3);
            assertThat(report.codes().imported()).isEqualTo(source.session.themes().list().size());
            assertThat(target.themes()).isEqualTo(source.themes());
            assertThat(target.annotations()).isEqualTo(source.annotations());
            for (long id = 1; id <= 3; id++) {
                var original = source.session.documents().find(id).orElseThrow();
                var copy = target.session.documents().list().stream()
                        .filter(d -> d.sha256().equals(original.sha256())).findFirst().orElseThrow();
                assertThat(copy.title()).isEqualTo(original.title());
                assertThat(copy.date()).isEqualTo(original.date());
            }
        }
    }

    @Test
    void importingAProjectIntoTheLibraryThatWroteItMergesEverything() throws Exception {
        try (QdaLibrary library = new QdaLibrary(dir.resolve("a"), true)) {
            Path file = exportAnnotatedLibrary(library);
            var themesBefore = library.themes();
            var annotationsBefore = library.annotations();
            int documentsBefore = library.documents();

            ProjectImportReport report = library.session.projects().importProject(file);

            assertThat(report.sources().merged()).isEqualTo(3);
            assertThat(report.codes().merged()).isEqualTo(themesBefore.size());
            assertThat(report.selections().merged()).isEqualTo(3);
            assertThat(report.sources().imported() + report.codes().imported() + report.selections().imported()).isZero();
            assertThat(library.themes()).isEqualTo(themesBefore);
            assertThat(library.annotations()).isEqualTo(annotationsBefore);
            assertThat(library.documents()).isEqualTo(documentsBefore);
        }
    }

    @Test
    void themeNamesWrittenWithoutToneMarksMergeIntoTheExistingTheme() throws Exception {
        try (QdaLibrary library = new QdaLibrary(dir.resolve("a"), false)) {
            Theme existing = library.session.themes().create("Công an xã", "#D55E00", null, "");
            Path codebook = dir.resolve("c.qdc");
            java.nio.file.Files.writeString(codebook, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
                      <Code guid="a" name="cong an xa" isCodable="true" color="#00f"><Description>khác</Description>
                        <Code guid="b" name="Trưởng Công an xã" isCodable="true"/>
                      </Code>
                    </Codes></CodeBook>""");
            ProjectImportReport report = library.session.projects().importCodebook(codebook);

            assertThat(report.codes()).isEqualTo(new ProjectImportReport.Counts(1, 1, 0));
            assertThat(library.themes()).containsExactly("Công an xã | #D55E00 |  | ",
                    "Trưởng Công an xã | #E69F00 | Công an xã | ");
            assertThat(library.session.memos().forTheme(existing.id())).singleElement()
                    .satisfies(m -> assertThat(m.text()).isEqualTo("khác"));
        }
    }

    @Test
    void passagesOfASourceWithWindowsLineEndingsAndDecomposedMarksLandOnTheNormalizedText() throws Exception {
        String raw = "Tie\u0302\u0301u \u0111e\u0300\r\n\r\n\r\nBo\u0323\u0302 Co\u0302ng an to\u0308 ch\u01b0\u0301c ho\u0323\u0302i nghi\u0323.\r\n";
        String quote = "Bo\u0323\u0302 Co\u0302ng an";
        int start = raw.substring(0, raw.indexOf(quote)).codePointCount(0, raw.indexOf(quote));
        int end = start + quote.codePointCount(0, quote.length());
        Path file = ZipFiles.write(dir.resolve("p.qdpx"), java.util.Map.of(
                "project.qde", ZipFiles.utf8(QdeTexts.project("<TextSource guid=\"s1\" name=\"Bài.docx\" plainTextPath=\"internal://s1.txt\">"
                        + "<PlainTextSelection guid=\"x\" startPosition=\"" + start + "\" endPosition=\"" + end + "\">"
                        + "<Coding guid=\"c\"><CodeRef targetGUID=\"k\"/></Coding></PlainTextSelection></TextSource>")),
                "sources/s1.txt", ZipFiles.utf8(raw)));
        try (QdaLibrary library = new QdaLibrary(dir.resolve("a"), false)) {
            library.session.projects().importProject(file);
            var doc = library.session.documents().find(library.session.documents().list().get(0).id()).orElseThrow();
            assertThat(doc.title()).isEqualTo("Bài");
            assertThat(doc.text()).startsWith("Tiếu đè\n\nBộ Công an");
            var a = library.session.annotations().forDocument(doc.id()).get(0);
            assertThat(a.anchor().exact()).isEqualTo("Bộ Công an");
            assertThat(new Span(a.anchor().start(), a.anchor().end())).isEqualTo(new Span(9, 19));
        }
    }
}
