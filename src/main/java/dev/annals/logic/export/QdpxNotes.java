package dev.annals.logic.export;

import dev.annals.model.DocumentSummary;


import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Memos as REFI-QDA notes: each one a {@code <Note>} in {@code <Notes>}, referred to by a {@code <NoteRef>} on its
 * source or its code; a conference's memo and the library's are referred to by the project, naming the conference.
 */
final class QdpxNotes {

    private final ExportJob job;
    private final List<ScopedMemo> memos;
    private final Map<Long, List<String>> byDocument = new LinkedHashMap<>();
    private final Map<Long, List<String>> byTheme = new LinkedHashMap<>();
    private final List<String> project = new ArrayList<>();
    private final Map<Long, DocumentSummary> documents = new LinkedHashMap<>();

    QdpxNotes(ExportJob job, List<ScopedMemo> memos) {
        this.job = job;
        this.memos = memos;
        for (ScopedMemo m : memos) {
            String guid = guid(m);
            switch (m.kind()) {
                case DOCUMENT -> {
                    DocumentSummary doc = m.documents().get(0);
                    documents.putIfAbsent(doc.id(), doc);
                    byDocument.computeIfAbsent(doc.id(), k -> new ArrayList<>()).add(guid);
                }
                case THEME -> byTheme.computeIfAbsent(m.theme().id(), k -> new ArrayList<>()).add(guid);
                case CONFERENCE, LIBRARY -> project.add(guid);
            }
        }
    }

    List<String> refsOfTheme(long themeId) {
        return byTheme.getOrDefault(themeId, List.of());
    }

    List<String> refsOfDocument(long docId) {
        return byDocument.getOrDefault(docId, List.of());
    }

    /** The documents with a memo that are not among those already written. */
    List<DocumentSummary> documentsWithout(Collection<Long> written) {
        return documents.values().stream().filter(d -> !written.contains(d.id())).toList();
    }

    void writeRefs(XMLStreamWriter xml, List<String> guids) throws XMLStreamException {
        for (String guid : guids) {
            xml.writeCharacters("\n");
            xml.writeEmptyElement("NoteRef");
            QdaXml.attribute(xml, "targetGUID", guid);
        }
    }

    void writeNotes(XMLStreamWriter xml, String user) throws XMLStreamException {
        if (memos.isEmpty()) return;
        xml.writeCharacters("\n");
        xml.writeStartElement("Notes");
        for (ScopedMemo m : memos) {
            xml.writeCharacters("\n");
            xml.writeStartElement("Note");
            QdaXml.attribute(xml, "guid", guid(m));
            QdaXml.attribute(xml, "name", m.noteName());
            QdaXml.attribute(xml, "creatingUser", user);
            QdaXml.attribute(xml, "creationDateTime", m.memo().created().toString());
            QdaXml.attribute(xml, "modifyingUser", user);
            QdaXml.attribute(xml, "modifiedDateTime", m.memo().updated().toString());
            QdaXml.textElement(xml, "PlainTextContent", m.memo().text());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    void writeProjectRefs(XMLStreamWriter xml) throws XMLStreamException {
        writeRefs(xml, project);
    }

    private String guid(ScopedMemo m) {
        return job.ids().memo(m.memo().id()).toString();
    }
}
