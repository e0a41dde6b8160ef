package dev.annals.logic.library.formats;

import dev.annals.model.PartialDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;

/** Title, author and creation date of a PDF: the information dictionary first, its XMP metadata for what it lacks. */
record PdfMetadata(String title, String author, PartialDate date) {

    static PdfMetadata of(PDDocument pdf) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        String title = clean(info.getTitle());
        String author = clean(info.getAuthor());
        PartialDate date = null;
        try {
            date = MetadataDates.of(info.getCreationDate());
        } catch (RuntimeException e) {
            // a malformed date string: leave it to XMP or the text
        }
        if (title != null && author != null && date != null) return new PdfMetadata(title, author, date);
        PdfMetadata xmp = xmp(pdf.getDocumentCatalog().getMetadata());
        return new PdfMetadata(title != null ? title : xmp.title, author != null ? author : xmp.author, date != null ? date : xmp.date);
    }

    private static PdfMetadata xmp(PDMetadata metadata) {
        if (metadata == null) return new PdfMetadata(null, null, null);
        String title = null, author = null, created = null, element = null;
        try {
            XMLStreamReader xml = SafeXml.open(metadata.toByteArray(), "the PDF's XMP metadata");
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("title") || name.equals("creator") || name.equals("CreateDate")) element = name;
                    String attribute = xml.getAttributeValue("http://ns.adobe.com/xap/1.0/", "CreateDate");
                    if (attribute != null && created == null) created = attribute;
                } else if (event == XMLStreamConstants.CHARACTERS && element != null && !xml.getText().isBlank()) {
                    String text = xml.getText().strip();
                    switch (element) {
                        case "title" -> title = title == null ? text : title;
                        case "creator" -> author = author == null ? text : author;
                        default -> created = created == null ? text : created;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element)) {
                    element = null;
                }
            }
        } catch (IOException | XMLStreamException | FormatException e) {
            return new PdfMetadata(clean(title), clean(author), MetadataDates.parse(created));
        }
        return new PdfMetadata(clean(title), clean(author), MetadataDates.parse(created));
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
    }
}
