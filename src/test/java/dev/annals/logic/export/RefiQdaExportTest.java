package dev.annals.logic.export;

import dev.annals.model.CodePoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefiQdaExportTest {

    @TempDir
    Path dir;

    private final ExportFixture fixture = new ExportFixture();

    private Map<String, byte[]> exportQdpx() throws IOException {
        Path file = dir.resolve("notes.qdpx");
        fixture.exporter().export(ExportOptions.defaults(ExportFormat.QDPX), file, false, ReportLabels.english(), ExportListener.NONE);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) entries.put(e.getName(), zip.readAllBytes());
        }
        return entries;
    }

    private static org.w3c.dom.Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    @Test
    void schemaAcceptsTheSpecExamples() throws Exception {
        try (InputStream project = getClass().getResourceAsStream("/standards/refi-qda/examples/annexA2-simple-project.qde");
             InputStream codebook = getClass().getResourceAsStream("/standards/refi-qda/examples/annexA1-codebook.qdc")) {
            QdaSchemas.validate(project.readAllBytes(), QdaSchemas.PROJECT);
            QdaSchemas.validate(codebook.readAllBytes(), QdaSchemas.CODEBOOK);
        }
        assertThatThrownBy(() -> QdaSchemas.validate("<Project xmlns=\"urn:QDA-XML:project:1.0\"/>".getBytes(StandardCharsets.UTF_8), QdaSchemas.PROJECT))
                .hasMessageContaining("name");
    }

    @Test
    void projectValidatesAgainstTheRefiQdaSchema() throws Exception {
        QdaSchemas.validate(exportQdpx().get("project.qde"), QdaSchemas.PROJECT);
    }

    @Test
    void selectionsPointAtCodePointsOfTheIncludedSourceFiles() throws Exception {
        Map<String, byte[]> entries = exportQdpx();
        org.w3c.dom.Document project = parse(entries.get("project.qde"));
        Set<String> codes = new HashSet<>();
        NodeList codeNodes = project.getElementsByTagNameNS(QdaXml.PROJECT_NS, "Code");
        for (int i = 0; i < codeNodes.getLength(); i++) codes.add(((Element) codeNodes.item(i)).getAttribute("guid"));
        assertThat(codes).hasSize(3);
        NodeList sources = project.getElementsByTagNameNS(QdaXml.PROJECT_NS, "TextSource");
        assertThat(sources.getLength()).isEqualTo(2);
        int selections = 0;
        for (int i = 0; i < sources.getLength(); i++) {
            Element source = (Element) sources.item(i);
            String path = source.getAttribute("plainTextPath");
            assertThat(path).startsWith("internal://").endsWith(".txt");
            byte[] bytes = entries.get("sources/" + path.substring("internal://".length()));
            assertThat(bytes).as("internal file " + path).isNotNull();
            assertThat(bytes[0]).as("no BOM").isNotEqualTo((byte) 0xEF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            NodeList sel = source.getElementsByTagNameNS(QdaXml.PROJECT_NS, "PlainTextSelection");
            for (int j = 0; j < sel.getLength(); j++, selections++) {
                Element s = (Element) sel.item(j);
                int start = Integer.parseInt(s.getAttribute("startPosition"));
                int end = Integer.parseInt(s.getAttribute("endPosition"));
                assertThat(start).isBetween(0, end);
                assertThat(CodePoints.substring(text, start, end)).isEqualTo(s.getAttribute("name"));
                Element codeRef = (Element) s.getElementsByTagNameNS(QdaXml.PROJECT_NS, "CodeRef").item(0);
                assertThat(codes).contains(codeRef.getAttribute("targetGUID"));
            }
        }
        assertThat(selections).isEqualTo(5);
    }

    @Test
    void sourcesAreStoredAsTheyAreAndTheProjectIsDeflated() throws Exception {
        Map<String, byte[]> entries = exportQdpx();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(dir.resolve("notes.qdpx").toFile())) {
            assertThat(zip.getEntry(QdpxWriter.PROJECT_ENTRY).getMethod()).isEqualTo(ZipEntry.DEFLATED);
            List<? extends ZipEntry> sources = zip.stream().filter(e -> e.getName().startsWith("sources/")).toList();
            assertThat(sources).hasSize(2).allSatisfy(e -> {
                assertThat(e.getMethod()).isEqualTo(ZipEntry.STORED);
                assertThat(e.getCompressedSize()).isEqualTo(e.getSize()).isEqualTo(entries.get(e.getName()).length);
            });
            Set<String> texts = new HashSet<>();
            for (ZipEntry e : sources) texts.add(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
            assertThat(texts).containsExactlyInAnyOrder(ExportFixture.VIETNAMESE, ExportFixture.SECOND);
        }
    }

    @Test
    void notesSurviveAsSelectionDescriptions() throws Exception {
        org.w3c.dom.Document project = parse(exportQdpx().get("project.qde"));
        NodeList descriptions = project.getElementsByTagNameNS(QdaXml.PROJECT_NS, "Description");
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < descriptions.getLength(); i++) texts.add(descriptions.item(i).getTextContent());
        // XML parsers turn CR LF into LF (XML 1.0 §2.11); the rest of the note is kept as written.
        assertThat(texts).contains(ExportFixture.TRICKY_NOTE.replace("\r\n", "\n"), "@mention and +plus", "\ttab first");
    }

    @Test
    void orphanedAnnotationsAreLeftOutOfTheProjectAndCounted() throws Exception {
        var a = fixture.library.annotations.values().iterator().next();
        fixture.library.annotations.put(a.id(), new dev.annals.model.Annotation(a.id(), a.docId(), a.themeId(), a.anchor(), a.note(),
                dev.annals.model.AnchorStatus.ORPHANED, a.textSha256(), a.created(), a.modified()));
        ExportResult result = fixture.exporter().export(ExportOptions.defaults(ExportFormat.QDPX), dir.resolve("o.qdpx"), false,
                ReportLabels.english(), ExportListener.NONE);
        assertThat(result.written()).isEqualTo(4);
        assertThat(result.skippedOrphans()).isEqualTo(1);
    }

    @Test
    void codebookValidatesAndNestsChildThemes() throws Exception {
        Path file = dir.resolve("codes.qdc");
        ExportResult result = fixture.exporter().export(ExportOptions.defaults(ExportFormat.QDC), file, false, ReportLabels.english(), ExportListener.NONE);
        byte[] xml = Files.readAllBytes(file);
        QdaSchemas.validate(xml, QdaSchemas.CODEBOOK);
        assertThat(result.written()).isEqualTo(3);
        Element child = (Element) parse(xml).getElementsByTagNameNS(QdaXml.CODEBOOK_NS, "Code").item(1);
        assertThat(child.getAttribute("name")).isEqualTo("Công an xã");
        assertThat(((Element) child.getParentNode()).getAttribute("name")).isEqualTo("An ninh trật tự");
        assertThat(child.getAttribute("color")).isEqualTo("#43A047");
    }

    @Test
    void emptyCodebookIsRefusedRatherThanWrittenInvalid() {
        var empty = new InMemoryLibrary();
        assertThatThrownBy(() -> empty.exporter().export(ExportOptions.defaults(ExportFormat.QDC), dir.resolve("none.qdc"), false,
                ReportLabels.english(), ExportListener.NONE)).isInstanceOf(NothingToExportException.class);
        assertThat(dir.resolve("none.qdc")).doesNotExist();
    }
}
