package dev.annals.logic.export;

import dev.annals.model.Annotation;
import dev.annals.model.DocumentSummary;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A REFI-QDA project ({@code .qdpx}): a zip with {@code project.qde} and each annotated document's exact
 * normalized text as {@code sources/<GUID>.txt} (UTF-8, no BOM), so code-point positions match the file.
 * Orphaned annotations have no valid position and are left out.
 */
final class QdpxWriter implements FormatWriter {

    static final String PROJECT_ENTRY = "project.qde";

    @Override
    public void write(ExportJob job, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(PROJECT_ENTRY));
        Map<Long, String> sources = new LinkedHashMap<>();
        // Deflating many tiny writes is slow: buffer them, and keep the zip open when the XML writer is done.
        BufferedOutputStream entry = new BufferedOutputStream(new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, 1 << 16);
        try {
            project(job, entry, sources);
            entry.flush();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the project: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        zip.closeEntry();
        for (var source : sources.entrySet()) {
            byte[] text = job.data().textUtf8(source.getKey())
                    .orElseThrow(() -> new IOException("document " + source.getKey() + " disappeared during the export"));
            zip.putNextEntry(stored("sources/" + source.getValue() + ".txt", text));
            zip.write(text);
            zip.closeEntry();
        }
        zip.finish();
    }

    /**
     * A source goes in as it is (STORED): deflating the texts was most of a large export's time, and a reader
     * of the project reads them either way (ADR 0205).
     */
    static ZipEntry stored(String name, byte[] bytes) {
        ZipEntry entry = new ZipEntry(name);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        return entry;
    }

    private void project(ExportJob job, OutputStream entry, Map<Long, String> sources) throws XMLStreamException {
        String user = job.ids().user().toString();
        XMLStreamWriter xml = QdaXml.open(entry);
        xml.writeStartElement("Project");
        xml.writeDefaultNamespace(QdaXml.PROJECT_NS);
        QdaXml.attribute(xml, "name", "Annals export");
        QdaXml.attribute(xml, "origin", "Annals");
        QdaXml.attribute(xml, "creatingUserGUID", user);
        QdaXml.attribute(xml, "creationDateTime", job.now().toString());
        xml.writeCharacters("\n");
        xml.writeStartElement("Users");
        xml.writeEmptyElement("User");
        QdaXml.attribute(xml, "guid", user);
        QdaXml.attribute(xml, "name", "Annals");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        QdpxNotes notes = new QdpxNotes(job, job.options().notes() ? job.data().memos(job.options().scope()) : List.of());
        if (!job.data().themes().isEmpty()) {
            xml.writeStartElement("CodeBook");
            QdaXml.codes(xml, job.data().themes(), job.ids(), notes::refsOfTheme);
            xml.writeEndElement();
            xml.writeCharacters("\n");
        }
        long[] current = {-1};
        job.data().forEach(job.options().scope().query(), row -> {
            if (row.orphaned()) {
                job.tracker().skip();
                return;
            }
            try {
                if (row.document().id() != current[0]) {
                    if (current[0] == -1) xml.writeStartElement("Sources");
                    else endSource(xml, notes, current[0]);
                    current[0] = row.document().id();
                    String guid = StableIds.source(row.document().sha256()).toString();
                    sources.put(row.document().id(), guid);
                    startSource(xml, row.document(), guid, user, row.documentTitle());
                }
                selection(xml, job, row, user);
            } catch (XMLStreamException e) {
                throw new UncheckedIOException(new IOException(e.getMessage(), e));
            }
            job.tracker().advance();
        });
        if (current[0] != -1) endSource(xml, notes, current[0]);
        // documents with a memo and no annotation in the scope come in for their memo
        for (DocumentSummary doc : notes.documentsWithout(sources.keySet())) {
            if (current[0] == -1) xml.writeStartElement("Sources");
            current[0] = doc.id();
            String guid = StableIds.source(doc.sha256()).toString();
            sources.put(doc.id(), guid);
            startSource(xml, doc, guid, user, doc.title() == null ? "#" + doc.id() : doc.title());
            endSource(xml, notes, doc.id());
        }
        if (current[0] != -1) xml.writeEndElement();
        notes.writeNotes(xml, user);
        xml.writeCharacters("\n");
        notes.writeProjectRefs(xml);
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void endSource(XMLStreamWriter xml, QdpxNotes notes, long docId) throws XMLStreamException {
        notes.writeRefs(xml, notes.refsOfDocument(docId));
        xml.writeEndElement();
    }

    private static void startSource(XMLStreamWriter xml, DocumentSummary doc, String guid, String user, String title)
            throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement("TextSource");
        QdaXml.attribute(xml, "guid", guid);
        QdaXml.attribute(xml, "name", title);
        QdaXml.attribute(xml, "plainTextPath", "internal://" + guid + ".txt");
        QdaXml.attribute(xml, "creatingUser", user);
        if (doc.date() != null) QdaXml.textElement(xml, "Description", doc.date().iso());
    }

    private static void selection(XMLStreamWriter xml, ExportJob job, ExportRow row, String user) throws XMLStreamException {
        Annotation a = row.annotation();
        xml.writeCharacters("\n");
        xml.writeStartElement("PlainTextSelection");
        QdaXml.attribute(xml, "guid", job.ids().annotation(a.id()).toString());
        if (job.options().quotes()) QdaXml.attribute(xml, "name", a.anchor().exact());
        QdaXml.attribute(xml, "startPosition", Integer.toString(a.anchor().start()));
        QdaXml.attribute(xml, "endPosition", Integer.toString(a.anchor().end()));
        QdaXml.attribute(xml, "creatingUser", user);
        if (a.created() != null) QdaXml.attribute(xml, "creationDateTime", a.created().toString());
        if (a.modified() != null) {
            QdaXml.attribute(xml, "modifyingUser", user);
            QdaXml.attribute(xml, "modifiedDateTime", a.modified().toString());
        }
        if (job.options().notes() && !row.note().isBlank()) QdaXml.textElement(xml, "Description", row.note());
        xml.writeStartElement("Coding");
        QdaXml.attribute(xml, "guid", job.ids().coding(a.id()).toString());
        QdaXml.attribute(xml, "creatingUser", user);
        xml.writeEmptyElement("CodeRef");
        QdaXml.attribute(xml, "targetGUID", job.ids().theme(row.theme().id()).toString());
        xml.writeEndElement();
        xml.writeEndElement();
    }
}
