package dev.annals.logic.library.formats;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An EPUB's package document (OPF): the Dublin Core metadata and the spine, resolved to zip entry names. The OPF
 * is found through {@code META-INF/container.xml}. Every name is checked like the zip's own (no escaping the book).
 */
record EpubPackage(CoreProperties metadata, List<String> spine) {

    static EpubPackage read(SafeZip.Entries zip) throws FormatException {
        byte[] container = zip.get("META-INF/container.xml");
        if (container == null) throw new FormatException("not an EPUB: it has no META-INF/container.xml");
        String opfPath = firstAttribute(container, "rootfile", "full-path");
        if (opfPath == null) throw new FormatException("the EPUB's container names no package document");
        opfPath = SafeZip.checkName(opfPath, "the EPUB");
        byte[] opf = zip.get(opfPath);
        if (opf == null) throw new FormatException("the EPUB's package document " + opfPath + " is missing");
        String folder = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";
        Map<String, String> hrefs = new HashMap<>();
        List<String> idrefs = new ArrayList<>();
        try {
            XMLStreamReader r = SafeXml.open(opf, opfPath);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
                if (r.getLocalName().equals("item") && r.getAttributeValue(null, "href") != null
                        && !String.valueOf(r.getAttributeValue(null, "properties")).contains("nav")) {
                    hrefs.put(r.getAttributeValue(null, "id"), r.getAttributeValue(null, "href"));
                } else if (r.getLocalName().equals("itemref") && !"no".equals(r.getAttributeValue(null, "linear"))) {
                    idrefs.add(r.getAttributeValue(null, "idref"));
                }
            }
        } catch (XMLStreamException e) {
            throw new FormatException("the EPUB's package document is damaged: " + SafeXml.firstLine(e.getMessage()));
        }
        List<String> spine = new ArrayList<>();
        for (String id : idrefs) {
            String href = hrefs.get(id);
            if (href != null) spine.add(resolve(folder, href));
        }
        return new EpubPackage(CoreProperties.read(opf), spine);
    }

    private static String resolve(String folder, String href) throws FormatException {
        String path = URLDecoder.decode(href.replaceFirst("#.*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : (folder + path).split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) throw new FormatException("the EPUB holds an entry whose name leaves its folder: " + href);
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return SafeZip.checkName(String.join("/", parts), "the EPUB");
    }

    private static String firstAttribute(byte[] xml, String element, String attribute) throws FormatException {
        try {
            XMLStreamReader r = SafeXml.open(xml, "META-INF/container.xml");
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(element)) {
                    return r.getAttributeValue(null, attribute);
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw new FormatException("the EPUB's container is damaged: " + SafeXml.firstLine(e.getMessage()));
        }
    }
}
