package dev.annals.logic.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.annals.model.PartialDate;
import dev.annals.model.Theme;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** What real readers make of the exports: a CommonMark renderer, an XML parser, the W3C page rules, a CSV reader. */
class ExportEscapingTest {

    private static final String TEXT = "1. Hội nghị mở đầu lúc 8 giờ.\n"
            + "2) Bộ trưởng phát biểu &amp; kết luận &#60;ngắn&#62;.\n"
            + "    Dòng thụt lề bốn dấu cách.\n"
            + "Dòng một\nDòng hai của trích dẫn\n"
            + "'Chú thích' bắt đầu bằng dấu nháy.\n";

    @TempDir
    Path dir;

    private final InMemoryLibrary library = new InMemoryLibrary();
    private final Theme theme = library.addTheme("Mở đầu", "#E53935", null);
    private final long doc = library.addDocument("Hội nghị", PartialDate.ofYear(2021), TEXT);

    private Path export(ExportFormat format) throws IOException {
        Path file = dir.resolve("notes." + format.extension());
        library.exporter().export(ExportOptions.defaults(format), file, true, ReportLabels.english(), ExportListener.NONE);
        return file;
    }

    /** The text of each block quote, as a CommonMark renderer shows it (line breaks as \n). */
    private static List<String> renderedQuotes(String markdown) {
        List<String> quotes = new ArrayList<>();
        Parser.builder().build().parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(BlockQuote quote) {
                StringBuilder text = new StringBuilder();
                collect(quote, text);
                quotes.add(text.toString());
            }
        });
        return quotes;
    }

    private static void collect(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) out.append(t.getLiteral());
            else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) out.append('\n');
            else if (child instanceof org.commonmark.node.Paragraph && !out.isEmpty()) {
                out.append('\n');
                collect(child, out);
            } else collect(child, out);
        }
    }

    @Test
    void markdownQuotesStartingWithANumberStayTextNotLists() throws IOException {
        library.annotate(doc, theme, "1. Hội nghị mở đầu", "");
        library.annotate(doc, theme, "2) Bộ trưởng phát biểu", "");
        String md = Files.readString(export(ExportFormat.MD));

        assertThat(renderedQuotes(md)).contains("1. Hội nghị mở đầu", "2) Bộ trưởng phát biểu");
        Node parsed = Parser.builder().build().parse(md);
        List<Node> lists = new ArrayList<>();
        parsed.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.OrderedList list) {
                lists.add(list);
            }
        });
        assertThat(lists).isEmpty();
    }

    @Test
    void markdownKeepsEntityLikeTextAndIndentedLinesAsWritten() throws IOException {
        library.annotate(doc, theme, "phát biểu &amp; kết luận &#60;ngắn&#62;", "&lt;b&gt; không phải thẻ &copy;");
        library.annotate(doc, theme, "    Dòng thụt lề bốn dấu cách.", "");
        String md = Files.readString(export(ExportFormat.MD));

        assertThat(renderedQuotes(md)).contains("phát biểu &amp; kết luận &#60;ngắn&#62;", "    Dòng thụt lề bốn dấu cách.");
        String html = org.commonmark.renderer.html.HtmlRenderer.builder().build().render(Parser.builder().build().parse(md));
        assertThat(html).contains("&amp;lt;b&amp;gt; không phải thẻ &amp;copy;").doesNotContain("<pre>");
    }

    @Test
    void refiQdaSelectionNameKeepsTheNewlinesOfAMultiLineQuote() throws Exception {
        library.annotate(doc, theme, "Dòng một\nDòng hai", "");
        try (ZipFile zip = new ZipFile(export(ExportFormat.QDPX).toFile())) {
            byte[] project = zip.getInputStream(zip.getEntry(QdpxWriter.PROJECT_ENTRY)).readAllBytes();
            assertThat(new String(project, StandardCharsets.UTF_8)).contains("name=\"Dòng một&#10;Dòng hai\"");
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element selection = (Element) factory.newDocumentBuilder().parse(new ByteArrayInputStream(project))
                    .getElementsByTagNameNS(QdaXml.PROJECT_NS, "PlainTextSelection").item(0);
            assertThat(selection.getAttribute("name")).isEqualTo("Dòng một\nDòng hai");
            QdaSchemas.validate(project, QdaSchemas.PROJECT);
        }
    }

    @Test
    void jsonLdEmbeddedPagePassesThePageMustsOnItsOwn() throws IOException {
        library.annotate(doc, theme, "Dòng một", "");
        JsonNode collection = new ObjectMapper().readTree(export(ExportFormat.JSONLD).toFile());
        JsonNode page = collection.path("first");

        assertThat(page.path("@context").asText()).isEqualTo(WebAnnotation.CONTEXT);
        assertThat(WebAnnotationSuite.get().failures(page, "collections/pages/pageMusts.test")).isEmpty();
        assertThat(WebAnnotationSuite.get().failures(collection, "collections/collectionMusts.test")).isEmpty();
    }

    @Test
    void csvApostropheRuleIsUnambiguousForTextThatReallyStartsWithOne() throws IOException {
        library.annotate(doc, theme, "'Chú thích' bắt đầu", "'quoted' on purpose");
        library.annotate(doc, theme, "Dòng một", "=1+1");
        String csv = Files.readString(export(ExportFormat.CSV));
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
            rows = parser.getRecords();
        }
        // The documented reader rule: a text cell that starts with an apostrophe loses exactly one.
        List<String> notes = rows.stream().map(r -> stripOne(r.get("note"))).toList();
        List<String> quotes = rows.stream().map(r -> stripOne(r.get("quote"))).toList();
        assertThat(notes).containsExactlyInAnyOrder("'quoted' on purpose", "=1+1");
        assertThat(quotes).contains("'Chú thích' bắt đầu");
        assertThat(rows.stream().map(r -> r.get("note"))).contains("''quoted' on purpose", "'=1+1");
    }

    private static String stripOne(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
