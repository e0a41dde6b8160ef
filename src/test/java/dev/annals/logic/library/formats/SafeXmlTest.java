package dev.annals.logic.library.formats;

import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeXmlTest {

    private static String readAll(String xml) throws Exception {
        XMLStreamReader r = SafeXml.open(xml.getBytes(StandardCharsets.UTF_8), "test.xml");
        StringBuilder text = new StringBuilder();
        while (r.hasNext()) if (r.next() == XMLStreamConstants.CHARACTERS) text.append(r.getText());
        return text.toString();
    }

    @Test
    void readsPlainXmlWithItsPredefinedEntities() throws Exception {
        assertThat(readAll("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>Bộ &amp; ngành &lt;3 &#x1D538;</a>")).isEqualTo("Bộ & ngành <3 𝔸");
    }

    @Test
    void anExternalEntityIsNeverFetched() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><a>&x;</a>";
        assertThatThrownBy(() -> readAll(xxe)).hasMessageContaining("DTD");
    }

    @Test
    void nestedEntitiesAreRefusedBeforeTheyExpand() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><a>&b;</a>";
        assertThatThrownBy(() -> readAll(laughs)).hasMessageContaining("DTD");
    }

    @Test
    void anUndeclaredEntityIsAnError() {
        assertThatThrownBy(() -> readAll("<a>&nbsp;</a>")).isInstanceOf(Exception.class);
    }

    @Test
    void parserMessagesLoseTheirLocationPrefix() {
        assertThat(SafeXml.firstLine("ParseError at [row,col]:[1,5]\nMessage: The element type \"a\" must be terminated."))
                .isEqualTo("The element type \"a\" must be terminated.");
        assertThat(SafeXml.firstLine(null)).isEqualTo("unknown error");
    }
}
