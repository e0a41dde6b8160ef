package dev.annals.logic.export;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;

/** The codebook alone, as a REFI-QDA {@code .qdc} file. */
final class QdcWriter implements FormatWriter {

    @Override
    public void write(ExportJob job, OutputStream out) throws IOException {
        if (job.data().themes().isEmpty()) throw new NothingToExportException("the library has no themes, so there is no codebook to export");
        try {
            XMLStreamWriter xml = QdaXml.open(out);
            xml.writeStartElement("CodeBook");
            xml.writeDefaultNamespace(QdaXml.CODEBOOK_NS);
            QdaXml.attribute(xml, "origin", "Annals");
            xml.writeCharacters("\n");
            QdaXml.codes(xml, job.data().themes(), job.ids());
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the codebook: " + e.getMessage(), e);
        }
        job.data().themes().forEach(t -> job.tracker().advance());
    }
}
