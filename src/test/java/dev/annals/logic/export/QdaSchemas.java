package dev.annals.logic.export;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;

/** Validates QDA-XML against the REFI-QDA schemas, with external entities and DTDs switched off. */
final class QdaSchemas {

    static final String PROJECT = "Project-mrt2019.xsd";
    static final String CODEBOOK = "Codebook.xsd";

    private QdaSchemas() {
    }

    static void validate(byte[] xml, String xsd) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        URL url = QdaSchemas.class.getResource("/standards/refi-qda/xsd/" + xsd);
        Schema schema = factory.newSchema(new StreamSource(url.openStream(), url.toString()));
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
