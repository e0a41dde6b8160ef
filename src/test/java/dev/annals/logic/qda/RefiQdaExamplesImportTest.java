package dev.annals.logic.qda;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples of the REFI-QDA standard (annex A), read as another tool wrote them. */
class RefiQdaExamplesImportTest {

    @TempDir
    Path dir;

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = RefiQdaExamplesImportTest.class.getResourceAsStream("/standards/refi-qda/examples/" + name)) {
            return in.readAllBytes();
        }
    }

    /** The standard leaves the source files out: each becomes a different text long enough for its selections. */
    private Path exampleProject() throws Exception {
        byte[] qde = resource("annexA2-simple-project.qde");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", qde);
        Matcher m = Pattern.compile("plainTextPath=\"internal://([^\"]+)\"").matcher(new String(qde, java.nio.charset.StandardCharsets.UTF_8));
        int i = 0;
        while (m.find()) {
            String text = ("Nguồn " + i++ + ": bữa sáng của Mabêl, cà phê và bánh mì. ").repeat(20);
            entries.putIfAbsent("sources/" + m.group(1), ZipFiles.utf8(text));
        }
        entries.put("sources/87EAD86F-3112-4537-8A01-01427CAE1C6D.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8});
        return ZipFiles.write(dir.resolve("atlas.qdpx"), entries);
    }

    @Test
    void importsTheAtlasTiExampleProjectTextAndSaysWhatItLeftOut() throws Exception {
        try (QdaLibrary library = new QdaLibrary(dir.resolve("lib"), false)) {
            ProjectImportReport report = library.session.projects().importProject(exampleProject());

            assertThat(report.codes().imported()).isEqualTo(14);
            assertThat(report.sources().imported()).isEqualTo(8); // six text sources and two PDF representations
            assertThat(report.selections().imported()).isEqualTo(9);
            assertThat(report.items()).anySatisfy(i -> assertThat(i.reason()).contains("picture source: Annals keeps text only"));
            assertThat(report.items()).anySatisfy(i -> assertThat(i.reason()).contains("video source"));
            assertThat(report.items()).anySatisfy(i -> assertThat(i.reason()).contains("PDFSelection"));
            assertThat(report.items()).anySatisfy(i -> assertThat(i.reason()).contains("its note is kept as a memo"));
            assertThat(report.items()).anySatisfy(i -> assertThat(i.name()).endsWith(".jpg").isNotNull());
            assertThat(library.themes()).contains("Coke::diet Coke | #966450 |  | non sucré", "milk | #E69F00 |  | ");
            assertThat(library.annotations()).anySatisfy(a -> assertThat(a).startsWith("Simon | bacon and eggs | 688-907 | ")
                    .contains("why does Simon feel the need to do this?"));
            assertThat(library.session.memos().general()).extracting(m -> m.title())
                    .containsExactly("Research Plan", "My favorite Coke ad");
            long mabel = library.session.documents().list().stream().filter(d -> d.title().equals("Mabêl 2ième")).findFirst().orElseThrow().id();
            assertThat(library.session.memos().forDocument(mabel)).singleElement()
                    .satisfies(memo -> assertThat(memo.text()).isEqualTo("Mabel is not the only person I know who has Coke for breakfast!"));
        }
    }

    @Test
    void importsTheCodebookExampleWithColoursAndDescriptions() throws Exception {
        Path qdc = Files.write(dir.resolve("annexA1.qdc"), resource("annexA1-codebook.qdc"));
        try (QdaLibrary library = new QdaLibrary(dir.resolve("lib"), false)) {
            ProjectImportReport report = library.session.projects().importCodebook(qdc);
            assertThat(report.codes()).isEqualTo(new ProjectImportReport.Counts(6, 0, 0));
            assertThat(library.themes()).contains("Economy | #FFFF00 |  | Anything about jobs or taxes or business",
                    "Liberals | #0000FF |  | Democrats, socialists, or progressive independents");
        }
    }
}
