package dev.annals.logic.qda;

import dev.annals.logic.library.formats.FormatException;
import dev.annals.logic.library.formats.SafeZip;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.annals.logic.qda.ZipFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A project file comes from someone else: each hostile case is a clear error and leaves the library as it was. */
class HostileProjectTest {

    private static final String SOURCE = "<TextSource guid=\"s1\" name=\"Bài\" plainTextPath=\"internal://s1.txt\">"
            + "<PlainTextSelection guid=\"x\" startPosition=\"0\" endPosition=\"3\"><Coding guid=\"c\"><CodeRef targetGUID=\"k\"/></Coding>"
            + "</PlainTextSelection></TextSource>";

    @TempDir
    Path dir;
    QdaLibrary library;

    @BeforeEach
    void open() {
        library = new QdaLibrary(dir.resolve("lib"), false);
    }

    @AfterEach
    void close() {
        assertThat(library.documents()).isZero();
        assertThat(library.themes()).isEmpty();
        library.close();
    }

    private void refused(Path file, String reason) {
        assertThatThrownBy(() -> library.session.projects().importProject(file))
                .isInstanceOf(FormatException.class).hasMessageContaining(reason);
    }

    private Path project(String qde, Map<String, byte[]> more) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", utf8(qde));
        entries.putAll(more);
        return ZipFiles.write(dir.resolve("p.qdpx"), entries);
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "mật khẩu");
        String qde = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Project name=\"&xxe;\"/>";
        refused(project(qde, Map.of()), "DTD");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Project [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        refused(project("<?xml version=\"1.0\"?>" + dtd + "]><Project name=\"&l9;\"/>", Map.of()), "DTD");
    }

    @Test
    void entriesThatLeaveTheFolderAreRefused() throws Exception {
        refused(project(QdeTexts.project(SOURCE), Map.of("sources/s1.txt", utf8("abc"), "../../evil.txt", utf8("x"))), "leaves its folder");
        refused(project(QdeTexts.project(SOURCE), Map.of("sources/s1.txt", utf8("abc"), "/etc/evil.txt", utf8("x"))), "leaves its folder");
        refused(project(QdeTexts.project(SOURCE.replace("internal://s1.txt", "internal://../../s1.txt")), Map.of("sources/s1.txt", utf8("abc"))),
                "outside the project's sources folder");
    }

    @Test
    void externalSourcesMustBePlainTextInsideTheProjectFolder() throws Exception {
        Files.writeString(dir.resolve("passwd"), "root:x:0:0");
        refused(project(QdeTexts.project(SOURCE.replace("internal://s1.txt", "relative://../passwd")), Map.of()), "outside the project's folder");
        refused(project(QdeTexts.project(SOURCE.replace("internal://s1.txt", dir.resolve("passwd").toUri().toString())), Map.of()), "not a plain-text file");
    }

    @Test
    void aMissingSourceFileNamesIt() throws Exception {
        refused(project(QdeTexts.project(SOURCE), Map.of()), "the project has no sources/s1.txt");
    }

    @Test
    void aProjectWithoutItsXmlIsNotAProject() throws Exception {
        refused(ZipFiles.write(dir.resolve("p.qdpx"), Map.of("sources/s1.txt", utf8("abc"))), "no project.qde");
        refused(Files.writeString(dir.resolve("q.qdpx"), "not a zip at all"), "not a zip file");
        refused(project("<html/>", Map.of()), "not a REFI-QDA file");
        refused(project("<Project><Sources>", Map.of()), "not valid XML");
    }

    @Test
    void positionsOutsideTheSourceAreRefused() throws Exception {
        refused(project(QdeTexts.project(SOURCE.replace("endPosition=\"3\"", "endPosition=\"4\"")), Map.of("sources/s1.txt", utf8("a𝔸c"))),
                "runs from 0 to 4, outside its text of 3 characters");
        refused(project(QdeTexts.project(SOURCE.replace("startPosition=\"0\"", "startPosition=\"-1\"")), Map.of("sources/s1.txt", utf8("abc"))),
                "runs from -1");
        refused(project(QdeTexts.project(SOURCE.replace("endPosition=\"3\"", "endPosition=\"three\"")), Map.of("sources/s1.txt", utf8("abc"))),
                "not a number");
    }

    @Test
    void tooManyEntriesIsAZipBomb() throws Exception {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) many.put("sources/f" + i + ".txt", utf8("x"));
        Path file = project(QdeTexts.project(""), many);
        assertThatThrownBy(() -> withLimits(new SafeZip.Limits(20, 1 << 20, 1 << 20, 100)).importProject(file))
                .hasMessageContaining("zip bomb").hasMessageContaining("more than 20 entries");
    }

    @Test
    void tooMuchUnpackedDataIsAZipBomb() throws Exception {
        Map<String, byte[]> big = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) big.put("sources/f" + i + ".txt", utf8("y".repeat(400_000)));
        Path file = project(QdeTexts.project(""), big);
        assertThatThrownBy(() -> withLimits(new SafeZip.Limits(100, 1 << 20, 1 << 20, 10_000)).importProject(file))
                .hasMessageContaining("zip bomb").hasMessageContaining("more than 1 MB once unpacked");
    }

    @Test
    void anEntryThatInflatesTooMuchIsAZipBomb() throws Exception {
        refused(project(QdeTexts.project(""), Map.of("sources/zeros.txt", new byte[8 << 20])), "inflates more than 100 times");
    }

    @Test
    void aTwoGigabyteEntryIsRefusedWithoutInflatingIt() throws Exception {
        Path streamed = Files.write(dir.resolve("streamed.qdpx"), CraftedZips.twoGigabytesOfZeros("sources/huge.txt"));
        refused(streamed, "zip bomb");
        Path declared = Files.write(dir.resolve("declared.qdpx"), CraftedZips.storedEntryDeclaring("sources/huge.txt", 2L << 30));
        refused(declared, "larger than the 64 MB Annals reads");
    }

    @Test
    void aFailureWhileWritingLeavesNothingBehind() throws Exception {
        Path file = project(QdeTexts.project(SOURCE + SOURCE.replace("s1", "s2")), Map.of("sources/s1.txt", utf8("abc"), "sources/s2.txt", utf8("def")));
        ProjectImportService failing = library.session.projects().with(
                s -> new ProjectImportService.Stores(new FailingDocuments(s.documents(), 2), s.themes(), s.annotations(), s.memos()),
                SafeZip.Limits.PROJECT);
        assertThatThrownBy(() -> failing.importProject(file)).hasMessageContaining("disk full");
    }

    private ProjectImportService withLimits(SafeZip.Limits limits) {
        return library.session.projects().with(s -> s, limits);
    }
}
