package dev.annals.logic.library.formats;

import dev.annals.logic.qda.ZipFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.annals.logic.qda.ZipFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EpubPackageTest {

    private static EpubPackage read(String opfPath, String manifest, String spine) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("META-INF/container.xml", utf8("<container><rootfiles><rootfile full-path=\"" + opfPath + "\"/></rootfiles></container>"));
        parts.put(opfPath, utf8("<package><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Sách</dc:title></metadata>"
                + "<manifest>" + manifest + "</manifest><spine>" + spine + "</spine></package>"));
        return EpubPackage.read(SafeZip.read(new ByteArrayInputStream(ZipFiles.zip(parts)), SafeZip.Limits.DOCUMENT, n -> true, "the EPUB"));
    }

    @Test
    void spineHrefsResolveAgainstThePackageFolder() throws Exception {
        EpubPackage book = read("OPS/book.opf", "<item id=\"a\" href=\"../Text/m%E1%BB%99t.xhtml#top\"/><item id=\"b\" href=\"./hai.xhtml\"/>"
                + "<item id=\"c\" href=\"ba.xhtml\"/>", "<itemref idref=\"b\"/><itemref idref=\"a\"/><itemref idref=\"c\" linear=\"no\"/>");
        assertThat(book.spine()).containsExactly("OPS/hai.xhtml", "Text/một.xhtml");
        assertThat(book.metadata().title()).isEqualTo("Sách");
    }

    @Test
    void anHrefThatLeavesTheBookIsRefused() {
        assertThatThrownBy(() -> read("book.opf", "<item id=\"a\" href=\"../../etc/passwd\"/>", "<itemref idref=\"a\"/>"))
                .hasMessageContaining("leaves its folder");
        assertThatThrownBy(() -> read("../book.opf", "", "")).hasMessageContaining("leaves its folder");
    }

    @Test
    void aBookWithoutContainerOrPackageSaysWhatIsMissing() throws Exception {
        byte[] noContainer = ZipFiles.zip(Map.of("mimetype", utf8("application/epub+zip")));
        assertThatThrownBy(() -> new EpubExtractor(s -> java.util.Optional.empty()).extract(noContainer))
                .hasMessageContaining("no META-INF/container.xml");
        byte[] noPackage = ZipFiles.zip(Map.of("META-INF/container.xml", utf8("<container><rootfiles><rootfile full-path=\"x.opf\"/></rootfiles></container>")));
        assertThatThrownBy(() -> new EpubExtractor(s -> java.util.Optional.empty()).extract(noPackage))
                .hasMessageContaining("package document x.opf is missing");
    }

    @Test
    void damagedMetadataMeansNoMetadata() {
        assertThat(CoreProperties.read(utf8("<not-closed>"))).isEqualTo(CoreProperties.NONE);
        assertThat(CoreProperties.read(null)).isEqualTo(CoreProperties.NONE);
    }
}
