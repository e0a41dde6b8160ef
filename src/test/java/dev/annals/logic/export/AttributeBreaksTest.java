package dev.annals.logic.export;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Line breaks in XML attributes become character references, whichever way the writer hands over its bytes. */
class AttributeBreaksTest {

    @Test
    void standInsBecomeReferencesInBulkAndByteByByte() throws Exception {
        String value = "Dòng một" + AttributeBreaks.LF + "Dòng hai" + AttributeBreaks.CR + AttributeBreaks.TAB + "x";
        byte[] bytes = ("name=\"" + value + "\"").getBytes(StandardCharsets.UTF_8);

        ByteArrayOutputStream bulk = new ByteArrayOutputStream();
        try (AttributeBreaks out = new AttributeBreaks(bulk)) {
            out.write(bytes, 0, bytes.length);
        }
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        try (AttributeBreaks out = new AttributeBreaks(single)) {
            for (byte b : bytes) out.write(b);
        }

        String expected = "name=\"Dòng một&#10;Dòng hai&#13;&#9;x\"";
        assertThat(bulk.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(single.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void theStandInsNeverReachXmlFromUserText() {
        String fromUser = "a\u0001b\u0002c\u0003d";
        assertThat(QdaXml.attributeValue(TextSafety.xml(fromUser))).isEqualTo("abcd");
        assertThat(QdaXml.attributeValue("a\nb")).isEqualTo("a" + AttributeBreaks.LF + "b");
    }

    @Test
    void markdownEscapesNumbersOnlyAtTheStartOfALine() {
        assertThat(TextSafety.markdown("1. a\nnăm 2021. b\n  12) c")).isEqualTo("1\\. a\nnăm 2021. b\n&#32;&#32;12\\) c");
        assertThat(TextSafety.markdown("R&D")).isEqualTo("R\\&D");
    }
}
