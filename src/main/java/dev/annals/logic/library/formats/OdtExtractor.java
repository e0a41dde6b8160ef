package dev.annals.logic.library.formats;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * OpenDocument text (.odt), read with StAX from {@code content.xml}: headings and paragraphs in order (list items
 * and table cells included), spaces, tabs and line breaks as written, footnotes and endnotes at the end, marked
 * [1], [2]… where they are cited. Comments and the deleted text of tracked changes are left out. Title, author
 * and date come from {@code meta.xml}.
 */
public final class OdtExtractor implements DocumentExtractor {

    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final Set<String> SKIPPED = Set.of("tracked-changes", "annotation", "note-citation", "sequence-decls");

    @Override
    public List<ExtractedDocument> extract(byte[] bytes) throws FormatException {
        SafeZip.Entries zip = SafeZip.read(new ByteArrayInputStream(bytes), SafeZip.Limits.DOCUMENT,
                name -> name.equals("content.xml") || name.equals("meta.xml"), "the OpenDocument file");
        byte[] content = zip.get("content.xml");
        if (content == null) throw new FormatException("not an OpenDocument text: it has no content.xml");
        List<String> paragraphs = read(content);
        if (paragraphs.isEmpty()) throw new FormatException("the OpenDocument file has no text");
        CoreProperties meta = CoreProperties.read(zip.get("meta.xml"));
        return List.of(new ExtractedDocument(paragraphs, meta.title(), meta.author(), meta.created(), List.of()));
    }

    private static List<String> read(byte[] xml) throws FormatException {
        Paragraphs body = new Paragraphs();
        List<Paragraphs> notes = new ArrayList<>();
        Paragraphs current = body;
        int skipping = 0;
        boolean inText = false;
        try {
            XMLStreamReader r = SafeXml.open(xml, "content.xml");
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (skipping > 0 || SKIPPED.contains(name) && TEXT.equals(r.getNamespaceURI())
                            || name.equals("annotation")) {
                        skipping++;
                        continue;
                    }
                    switch (name) {
                        case "text" -> inText |= "urn:oasis:names:tc:opendocument:xmlns:office:1.0".equals(r.getNamespaceURI());
                        case "p", "h" -> current.start();
                        case "s" -> current.text(" ".repeat(spaces(r.getAttributeValue(TEXT, "c"))));
                        case "tab", "line-break" -> current.text(" ");
                        case "note" -> {
                            notes.add(new Paragraphs());
                            current.text("[" + notes.size() + "]");
                        }
                        case "note-body" -> current = notes.get(notes.size() - 1);
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = r.getLocalName();
                    if (skipping > 0) skipping--;
                    else if (name.equals("p") || name.equals("h")) current.end();
                    else if (name.equals("note-body")) current = body;
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.SPACE)
                        && skipping == 0 && inText && current.inParagraph()) {
                    current.text(r.getText().replaceAll("\\s+", " "));
                }
            }
        } catch (XMLStreamException e) {
            throw new FormatException("the OpenDocument file is damaged: " + SafeXml.firstLine(e.getMessage()));
        }
        List<String> out = new ArrayList<>(body.list());
        for (int i = 0; i < notes.size(); i++) out.add("[" + (i + 1) + "] " + String.join(" ", notes.get(i).list()));
        return out;
    }

    private static int spaces(String count) {
        try {
            return count == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(count)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
