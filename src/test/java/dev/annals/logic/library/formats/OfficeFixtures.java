package dev.annals.logic.library.formats;

import dev.annals.logic.qda.ZipFiles;

import java.io.IOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.annals.logic.qda.ZipFiles.utf8;

/** DOCX, ODT and EPUB files for tests, written as their parts with a zip writer. Vietnamese text comes in NFD. */
public final class OfficeFixtures {

    private OfficeFixtures() {
    }

    static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    public static byte[] docx(String title, String body) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
        parts.put("word/document.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" + body + "</w:body></w:document>"));
        parts.put("word/footnotes.xml", utf8("<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:id=\"1\"><w:p><w:r><w:t>Theo Cổng thông tin Bộ Công an.</w:t></w:r></w:p></w:footnote></w:footnotes>"));
        if (title != null) {
            parts.put("docProps/core.xml", utf8("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                    + "<dc:title>" + title + "</dc:title><dc:creator>Đức Minh</dc:creator>"
                    + "<dcterms:created>2021-12-29T08:00:00Z</dcterms:created></cp:coreProperties>"));
        }
        return ZipFiles.zip(parts);
    }

    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + nfd(text) + "</w:t></w:r></w:p>";
    }

    static String heading(String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>" + nfd(text) + "</w:t></w:r></w:p>";
    }

    public static byte[] odt(String content, String meta) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", utf8("application/vnd.oasis.opendocument.text"));
        parts.put("content.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<office:body><office:text>" + nfd(content) + "</office:text></office:body></office:document-content>"));
        if (meta != null) {
            parts.put("meta.xml", utf8("<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    + "<office:meta>" + meta + "</office:meta></office:document-meta>"));
        }
        return ZipFiles.zip(parts);
    }

    /** An EPUB 3 with the chapters' XHTML bodies in spine order, plus a navigation document. */
    public static byte[] epub(String title, String date, List<String> chapters) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("mimetype", utf8("application/epub+zip"));
        parts.put("META-INF/container.xml", utf8("<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\" version=\"1.0\">"
                + "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>"));
        StringBuilder manifest = new StringBuilder("<item id=\"nav\" href=\"nav.xhtml\" properties=\"nav\" media-type=\"application/xhtml+xml\"/>");
        StringBuilder spine = new StringBuilder();
        for (int i = chapters.size() - 1; i >= 0; i--) {
            manifest.append("<item id=\"c").append(i).append("\" href=\"text/chap%20").append(i).append(".xhtml\" media-type=\"application/xhtml+xml\"/>");
        }
        for (int i = 0; i < chapters.size(); i++) {
            spine.append("<itemref idref=\"c").append(i).append("\"/>");
            parts.put("OEBPS/text/chap " + i + ".xhtml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
                    + "<head><title>c</title></head><body>" + nfd(chapters.get(i)) + "</body></html>"));
        }
        parts.put("OEBPS/nav.xhtml", utf8("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><nav><ol><li>Mục lục</li></ol></nav></body></html>"));
        parts.put("OEBPS/content.opf", utf8("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>" + title + "</dc:title><dc:creator>Nhiều tác giả</dc:creator><dc:date>" + date + "</dc:date></metadata>"
                + "<manifest>" + manifest + "</manifest><spine>" + spine + "</spine></package>"));
        return ZipFiles.zip(parts);
    }
}
