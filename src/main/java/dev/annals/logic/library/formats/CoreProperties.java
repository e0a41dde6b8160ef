package dev.annals.logic.library.formats;

import dev.annals.model.PartialDate;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Title, author and date from a document's metadata part: OOXML {@code docProps/core.xml}, ODF {@code meta.xml}
 * and the EPUB package's Dublin Core. The first value of each element wins; a part that is missing or damaged
 * only means no metadata.
 */
record CoreProperties(String title, String author, PartialDate created) {

    static final CoreProperties NONE = new CoreProperties(null, null, null);

    static CoreProperties read(byte[] xml) {
        if (xml == null) return NONE;
        Map<String, String> values = new HashMap<>();
        try {
            XMLStreamReader r = SafeXml.open(xml, "the metadata");
            String element = null;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    element = r.getLocalName();
                    text.setLength(0);
                } else if (event == XMLStreamConstants.CHARACTERS && element != null) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && element != null) {
                    if (!text.toString().isBlank()) values.putIfAbsent(element, text.toString().strip());
                    element = null;
                }
            }
        } catch (XMLStreamException | FormatException e) {
            return NONE;
        }
        String author = values.getOrDefault("creator", values.get("initial-creator"));
        String date = values.getOrDefault("created", values.getOrDefault("creation-date", values.get("date")));
        return new CoreProperties(clean(values.get("title")), clean(author), MetadataDates.parse(date));
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : Paragraphs.clean(s);
    }
}
