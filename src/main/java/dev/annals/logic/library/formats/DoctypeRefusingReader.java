package dev.annals.logic.library.formats;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/** Fails on a DOCTYPE or an entity reference: the formats Annals reads never need either. */
final class DoctypeRefusingReader extends StreamReaderDelegate {

    private final String what;

    DoctypeRefusingReader(XMLStreamReader reader, String what) {
        super(reader);
        this.what = what;
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException(what + " declares a DTD, which Annals does not read (it could define entities)");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException(what + " uses an entity (&" + getLocalName() + ";) that is not part of XML");
        }
        return event;
    }
}
