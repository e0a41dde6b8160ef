package dev.annals.logic.library.formats;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word documents (.docx), read with StAX straight from the OOXML parts: the body's paragraphs in order (headings,
 * list items and table cells each a paragraph), footnotes and endnotes at the end, marked [1], [2]… where they are
 * cited. Text is taken from w:t elements only (anything else between tags is layout). Deleted and moved-away text of tracked changes, field codes and the fallback copy of text boxes are left
 * out. Title, author and creation date come from the core properties.
 */
public final class DocxExtractor implements DocumentExtractor {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Set<String> SKIPPED = Set.of("moveFrom", "Fallback", "instrText", "delText", "del");

    @Override
    public List<ExtractedDocument> extract(byte[] bytes) throws FormatException {
        SafeZip.Entries zip = SafeZip.read(new ByteArrayInputStream(bytes), SafeZip.Limits.DOCUMENT,
                name -> name.startsWith("word/") && name.endsWith(".xml") || name.equals("docProps/core.xml"), "the Word document");
        byte[] body = zip.get("word/document.xml");
        if (body == null) throw new FormatException("not a Word document: it has no word/document.xml");
        Map<String, List<String>> notes = new HashMap<>();
        notes(zip.get("word/footnotes.xml"), "footnote", notes);
        notes(zip.get("word/endnotes.xml"), "endnote", notes);
        Body read = body(body, notes);
        if (read.paragraphs.isEmpty()) throw new FormatException("the Word document has no text");
        CoreProperties core = CoreProperties.read(zip.get("docProps/core.xml"));
        String title = core.title() != null ? core.title() : read.heading;
        return List.of(new ExtractedDocument(read.paragraphs, title, core.author(), core.created(), List.of()));
    }

    private record Body(List<String> paragraphs, String heading) {
    }

    private static Body body(byte[] xml, Map<String, List<String>> notes) throws FormatException {
        Paragraphs paragraphs = new Paragraphs();
        List<String> cited = new ArrayList<>();
        String heading = null;
        boolean headingStyle = false;
        boolean inText = false;
        int skipping = 0;
        try {
            XMLStreamReader r = SafeXml.open(xml, "word/document.xml");
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (skipping > 0 || SKIPPED.contains(name)) {
                        skipping++;
                        continue;
                    }
                    switch (name) {
                        case "p" -> {
                            paragraphs.start();
                            headingStyle = false;
                        }
                        case "t" -> inText = true;
                        case "pStyle" -> headingStyle = isHeading(r.getAttributeValue(W, "val"));
                        case "tab", "ptab" -> paragraphs.text(" ");
                        case "br", "cr" -> paragraphs.text(" ");
                        case "noBreakHyphen" -> paragraphs.text("-");
                        case "footnoteReference", "endnoteReference" -> {
                            String key = (name.startsWith("foot") ? "footnote:" : "endnote:") + r.getAttributeValue(W, "id");
                            if (notes.containsKey(key)) {
                                cited.add(key);
                                paragraphs.text("[" + cited.size() + "]");
                            }
                        }
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (skipping > 0) {
                        skipping--;
                    } else if (r.getLocalName().equals("t")) {
                        inText = false;
                    } else if (r.getLocalName().equals("p")) {
                        String text = paragraphs.end();
                        if (headingStyle && heading == null && !text.isEmpty()) heading = text;
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && skipping == 0 && inText) {
                    paragraphs.text(r.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new FormatException("the Word document is damaged: " + SafeXml.firstLine(e.getMessage()));
        }
        List<String> out = new ArrayList<>(paragraphs.list());
        for (int i = 0; i < cited.size(); i++) out.add("[" + (i + 1) + "] " + String.join(" ", notes.get(cited.get(i))));
        return new Body(out, heading);
    }

    private static boolean isHeading(String style) {
        return style != null && (style.startsWith("Heading") || style.equals("Title") || style.startsWith("heading"));
    }

    private static void notes(byte[] xml, String kind, Map<String, List<String>> out) throws FormatException {
        if (xml == null) return;
        try {
            XMLStreamReader r = SafeXml.open(xml, "word/" + kind + "s.xml");
            String id = null;
            boolean inText = false;
            Paragraphs paragraphs = new Paragraphs();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals(kind)) {
                        String type = r.getAttributeValue(W, "type");
                        id = type == null || type.equals("normal") ? r.getAttributeValue(W, "id") : null;
                        paragraphs = new Paragraphs();
                    } else if (name.equals("p")) {
                        paragraphs.start();
                    } else if (name.equals("tab")) {
                        paragraphs.text(" ");
                    } else if (name.equals("t")) {
                        inText = true;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("t")) inText = false;
                    else if (r.getLocalName().equals("p")) paragraphs.end();
                    else if (r.getLocalName().equals(kind) && id != null && !paragraphs.list().isEmpty()) {
                        out.put(kind + ":" + id, new ArrayList<>(paragraphs.list()));
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                    paragraphs.text(r.getText());
                }
            }
        } catch (XMLStreamException e) {
            throw new FormatException("the Word document's " + kind + "s are damaged: " + SafeXml.firstLine(e.getMessage()));
        }
    }
}
