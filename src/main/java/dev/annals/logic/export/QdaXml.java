package dev.annals.logic.export;

import dev.annals.model.Theme;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Shared pieces of the REFI-QDA (QDA-XML 1.0) writers: the streaming XML writer and the code tree. */
final class QdaXml {

    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    private static final Pattern RGB = Pattern.compile("#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})");
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private QdaXml() {
    }

    static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = FACTORY.createXMLStreamWriter(new AttributeBreaks(out), "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        return xml;
    }

    static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value != null) xml.writeAttribute(name, attributeValue(TextSafety.xml(value)));
    }

    static void textElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(TextSafety.xml(text));
        xml.writeEndElement();
    }

    /**
     * Line breaks and tabs in an attribute: a parser turns them into spaces (XML 1.0, 3.3.3) unless they are
     * written as character references, which the StAX writer cannot do. They go through as control characters
     * that XML text never holds ({@link TextSafety#xml} removes them) and {@link AttributeBreaks} writes the
     * references in their place.
     */
    static String attributeValue(String text) {
        return text.replace('\n', AttributeBreaks.LF).replace('\r', AttributeBreaks.CR).replace('\t', AttributeBreaks.TAB);
    }

    /** Writes {@code <Codes>} with the themes nested under their parents; nothing when there are no themes. */
    static void codes(XMLStreamWriter xml, List<Theme> themes, StableIds ids) throws XMLStreamException {
        codes(xml, themes, ids, id -> List.of());
    }

    /** The same, each code followed by {@code <NoteRef>}s to the notes {@code notesOf} gives for its theme. */
    static void codes(XMLStreamWriter xml, List<Theme> themes, StableIds ids, java.util.function.LongFunction<List<String>> notesOf)
            throws XMLStreamException {
        if (themes.isEmpty()) return;
        Map<Long, Theme> byId = new LinkedHashMap<>();
        themes.forEach(t -> byId.put(t.id(), t));
        Map<Long, List<Theme>> children = new LinkedHashMap<>();
        List<Theme> roots = new ArrayList<>();
        for (Theme t : themes) {
            if (t.parentId() == null || !byId.containsKey(t.parentId()) || t.parentId() == t.id()) roots.add(t);
            else children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t);
        }
        Set<Long> written = new HashSet<>();
        xml.writeStartElement("Codes");
        for (Theme root : roots) code(xml, root, children, ids, written, notesOf);
        for (Theme t : themes) {
            if (!written.contains(t.id())) code(xml, t, Map.of(), ids, written, notesOf); // a parent cycle: flatten
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void code(XMLStreamWriter xml, Theme theme, Map<Long, List<Theme>> children, StableIds ids,
                             Set<Long> written, java.util.function.LongFunction<List<String>> notesOf) throws XMLStreamException {
        if (!written.add(theme.id())) return;
        xml.writeCharacters("\n");
        xml.writeStartElement("Code");
        attribute(xml, "guid", ids.theme(theme.id()).toString());
        attribute(xml, "name", theme.name());
        attribute(xml, "isCodable", "true");
        if (theme.color() != null && RGB.matcher(theme.color()).matches()) attribute(xml, "color", theme.color());
        if (theme.description() != null && !theme.description().isBlank()) textElement(xml, "Description", theme.description());
        for (String note : notesOf.apply(theme.id())) {
            xml.writeEmptyElement("NoteRef");
            attribute(xml, "targetGUID", note);
        }
        for (Theme child : children.getOrDefault(theme.id(), List.of())) code(xml, child, children, ids, written, notesOf);
        xml.writeEndElement();
    }
}
