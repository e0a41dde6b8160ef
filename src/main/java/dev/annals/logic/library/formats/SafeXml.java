package dev.annals.logic.library.formats;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;

/**
 * StAX readers for XML that comes from someone else's file: no DTD, no external entities, so neither XXE nor an
 * entity expansion (billion laughs) can happen. A document that declares a DOCTYPE is refused outright.
 */
public final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** A reader over {@code bytes}; the encoding comes from the XML declaration (UTF-8 by default). */
    public static XMLStreamReader open(byte[] bytes, String what) throws FormatException {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
            return new DoctypeRefusingReader(reader, what);
        } catch (XMLStreamException e) {
            throw new FormatException(what + " is not well-formed XML: " + firstLine(e.getMessage()));
        }
    }

    /** The text of a StAX error without the location prefix the JDK puts in front of it. */
    public static String firstLine(String message) {
        if (message == null) return "unknown error";
        int at = message.lastIndexOf("Message: ");
        String m = at >= 0 ? message.substring(at + 9) : message;
        return m.lines().findFirst().orElse(m).strip();
    }
}
