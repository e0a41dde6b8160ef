package dev.annals.logic.qda;

import dev.annals.logic.library.formats.FormatException;
import dev.annals.logic.library.formats.SafeXml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code project.qde} or a {@code .qdc} codebook (QDA-XML 1.0) with a safe StAX reader. Elements are
 * matched by local name, so files that leave out the namespace still read. Text sources, PDF sources' plain-text
 * representations and their PlainTextSelections are kept; other kinds of source and selection are listed as
 * skipped with the reason.
 */
final class QdeParser {

    private static final Set<String> MEDIA = Set.of("PictureSource", "AudioSource", "VideoSource");
    private static final Set<String> OTHER_SELECTIONS = Set.of("PictureSelection", "PDFSelection", "AudioSelection",
            "VideoSelection", "TranscriptSelection");

    private final QdaProject project = new QdaProject();
    private final Deque<CodeBuilder> codes = new ArrayDeque<>();
    private final List<CodeBuilder> allCodes = new ArrayList<>();
    private SourceBuilder source;
    private SelectionBuilder selection;
    private NoteBuilder note;
    private String pdfName;
    private int mediaDepth;
    private StringBuilder text;

    static QdaProject parse(byte[] xml, String what) throws FormatException {
        XMLStreamReader reader = SafeXml.open(xml, what);
        QdeParser parser = new QdeParser();
        try {
            boolean root = true;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (root && !Set.of("Project", "CodeBook").contains(reader.getLocalName())) {
                        throw new FormatException(what + " is not a REFI-QDA file: its root element is <" + reader.getLocalName() + ">");
                    }
                    root = false;
                    parser.start(reader);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    parser.end(reader.getLocalName());
                } else if (parser.text != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    parser.text.append(reader.getText());
                }
            }
            reader.close();
            parser.allCodes.forEach(c -> parser.project.codes.add(c.build()));
        } catch (XMLStreamException e) {
            throw new FormatException(what + " is not valid XML: " + SafeXml.firstLine(e.getMessage()));
        }
        return parser.project;
    }

    private void start(XMLStreamReader r) throws FormatException {
        String name = r.getLocalName();
        if (mediaDepth > 0) {
            if (MEDIA.contains(name)) mediaDepth++;
            return;
        }
        switch (name) {
            case "Project" -> project.basePath = attr(r, "basePath");
            case "Code" -> {
                CodeBuilder code = new CodeBuilder(attr(r, "guid"), attr(r, "name"), attr(r, "color"),
                        codes.isEmpty() ? null : codes.peek().guid);
                codes.push(code);
                allCodes.add(code);
            }
            case "TextSource" -> source = new SourceBuilder(attr(r, "guid"), attr(r, "name"), attr(r, "plainTextPath"), attr(r, "creationDateTime"));
            case "PDFSource" -> pdfName = attr(r, "name");
            case "Representation" -> {
                if (pdfName != null && selection == null && attr(r, "plainTextPath") != null) {
                    source = new SourceBuilder(attr(r, "guid"), pdfName, attr(r, "plainTextPath"), attr(r, "creationDateTime"));
                }
            }
            case "PlainTextSelection" -> {
                if (source != null) selection = new SelectionBuilder(r);
            }
            case "Coding" -> { }
            case "CodeRef" -> {
                if (selection != null) selection.codeRefs.add(attr(r, "targetGUID"));
            }
            case "NoteRef" -> noteRef(attr(r, "targetGUID"));
            case "Note" -> note = new NoteBuilder(attr(r, "guid"), attr(r, "name"), attr(r, "creationDateTime"));
            case "Description", "PlainTextContent" -> text = new StringBuilder();
            default -> {
                if (MEDIA.contains(name)) {
                    mediaDepth = 1;
                    project.skipped.add(new QdaProject.Skipped("source", attr(r, "name"),
                            "a " + name.replace("Source", "").toLowerCase(java.util.Locale.ROOT) + " source: Annals keeps text only"));
                } else if (OTHER_SELECTIONS.contains(name)) {
                    project.skipped.add(new QdaProject.Skipped("selection", attr(r, "name"),
                            "a " + name + ": Annals keeps passages of text only"));
                }
            }
        }
    }

    private void end(String name) {
        if (mediaDepth > 0) {
            if (MEDIA.contains(name)) mediaDepth--;
            return;
        }
        switch (name) {
            case "Code" -> {
                codes.pop();
            }
            case "TextSource", "Representation" -> {
                if (source != null && selection == null) {
                    project.sources.add(source.build());
                    source = null;
                }
            }
            case "PDFSource" -> {
                if (pdfName != null && project.sources.stream().noneMatch(s -> pdfName.equals(s.name()))) {
                    project.skipped.add(new QdaProject.Skipped("source", pdfName, "a PDF source without a plain-text representation"));
                }
                pdfName = null;
            }
            case "PlainTextSelection" -> {
                if (selection != null && source != null) source.selections.add(selection.build());
                selection = null;
            }
            case "Note" -> {
                if (note != null) project.notes.add(note.build());
                note = null;
            }
            case "Description" -> description(take());
            case "PlainTextContent" -> {
                String content = take();
                if (note != null) note.text = content;
                else if (source != null && selection == null) source.inlineText = content;
            }
            default -> { }
        }
    }

    private String take() {
        String s = text == null ? "" : text.toString();
        text = null;
        return s;
    }

    private void description(String d) {
        if (note != null) note.description = d;
        else if (selection != null) selection.description = d;
        else if (source != null) source.description = d;
        else if (!codes.isEmpty()) codes.peek().description = d;
    }

    private void noteRef(String guid) {
        if (guid == null) return;
        if (selection != null) selection.noteRefs.add(guid);
        else if (source != null) source.noteRefs.add(guid);
        else if (!codes.isEmpty()) codes.peek().noteRefs.add(guid);
    }

    private static String attr(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static long position(XMLStreamReader r, String name) throws FormatException {
        String v = attr(r, name);
        try {
            return v == null ? -1 : Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new FormatException("the selection " + attr(r, "guid") + " has a " + name + " that is not a number: " + v);
        }
    }

    private static final class CodeBuilder {
        final String guid, name, color, parent;
        final List<String> noteRefs = new ArrayList<>();
        String description;

        CodeBuilder(String guid, String name, String color, String parent) {
            this.guid = guid;
            this.name = name;
            this.color = color;
            this.parent = parent;
        }

        QdaProject.Code build() {
            return new QdaProject.Code(guid, name, color, description, parent, List.copyOf(noteRefs));
        }
    }

    private static final class SourceBuilder {
        final String guid, name, path, created;
        final List<QdaProject.Selection> selections = new ArrayList<>();
        final List<String> noteRefs = new ArrayList<>();
        String description, inlineText;

        SourceBuilder(String guid, String name, String path, String created) {
            this.guid = guid;
            this.name = name;
            this.path = path;
            this.created = created;
        }

        QdaProject.Source build() {
            return new QdaProject.Source(guid, name, path, inlineText, description, created, List.copyOf(selections), List.copyOf(noteRefs));
        }
    }

    private static final class SelectionBuilder {
        final String guid, name, created, modified;
        final long start, end;
        final List<String> codeRefs = new ArrayList<>();
        final List<String> noteRefs = new ArrayList<>();
        String description;

        SelectionBuilder(XMLStreamReader r) throws FormatException {
            guid = attr(r, "guid");
            name = attr(r, "name");
            start = position(r, "startPosition");
            end = position(r, "endPosition");
            created = attr(r, "creationDateTime");
            modified = attr(r, "modifiedDateTime");
        }

        QdaProject.Selection build() {
            return new QdaProject.Selection(guid, name, start, end, description, List.copyOf(codeRefs), created, modified, List.copyOf(noteRefs));
        }
    }

    private static final class NoteBuilder {
        final String guid, name, created;
        String text, description;

        NoteBuilder(String guid, String name, String created) {
            this.guid = guid;
            this.name = name;
            this.created = created;
        }

        QdaProject.Note build() {
            String body = text == null || text.isBlank() ? (description == null ? "" : description) : text;
            return new QdaProject.Note(guid, name, body.strip(), created);
        }
    }
}
