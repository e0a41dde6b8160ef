package dev.annals.logic.qda;

import dev.annals.logic.library.formats.FormatException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QdeParserTest {

    private static QdaProject parse(String xml) throws FormatException {
        return QdeParser.parse(xml.getBytes(StandardCharsets.UTF_8), "project.qde");
    }

    @Test
    void nestedCodesComeParentFirstWithTheirParent() throws Exception {
        QdaProject p = parse("<CodeBook><Codes><Code guid=\"a\" name=\"Cha\"><Description>mô tả</Description>"
                + "<Code guid=\"b\" name=\"Con\"><Code guid=\"c\" name=\"Cháu\"/></Code></Code><Code guid=\"d\" name=\"Khác\"/></Codes></CodeBook>");
        assertThat(p.codes).extracting(QdaProject.Code::guid).containsExactly("a", "b", "c", "d");
        assertThat(p.codes).extracting(QdaProject.Code::parentGuid).containsExactly(null, "a", "b", null);
        assertThat(p.codes.get(0).description()).isEqualTo("mô tả");
        assertThat(p.codes.get(1).description()).isNull();
    }

    @Test
    void notesRefsAndDescriptionsGoToWhatTheyDescribe() throws Exception {
        QdaProject p = parse("<Project><CodeBook><Codes><Code guid=\"k\" name=\"K\"><NoteRef targetGUID=\"n1\"/></Code></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"s\" name=\"S\" plainTextPath=\"internal://s.txt\"><Description>về nguồn</Description>"
                + "<NoteRef targetGUID=\"n2\"/><PlainTextSelection guid=\"x\" startPosition=\"1\" endPosition=\"4\"><Description>về đoạn</Description>"
                + "<Coding guid=\"c\"><CodeRef targetGUID=\"k\"/></Coding><NoteRef targetGUID=\"n3\"/></PlainTextSelection></TextSource></Sources>"
                + "<Notes><Note guid=\"n1\" name=\"Một\"><PlainTextContent>ghi nhớ</PlainTextContent></Note>"
                + "<Note guid=\"n2\" name=\"Hai\"><Description>chỉ mô tả</Description></Note></Notes></Project>");
        assertThat(p.codes.get(0).noteRefs()).containsExactly("n1");
        QdaProject.Source s = p.sources.get(0);
        assertThat(s.description()).isEqualTo("về nguồn");
        assertThat(s.noteRefs()).containsExactly("n2");
        QdaProject.Selection sel = s.selections().get(0);
        assertThat(sel.start()).isEqualTo(1);
        assertThat(sel.end()).isEqualTo(4);
        assertThat(sel.description()).isEqualTo("về đoạn");
        assertThat(sel.codeRefs()).containsExactly("k");
        assertThat(sel.noteRefs()).containsExactly("n3");
        assertThat(p.notes).extracting(QdaProject.Note::text).containsExactly("ghi nhớ", "chỉ mô tả");
    }

    @Test
    void aSourceMayCarryItsTextInline() throws Exception {
        QdaProject p = parse("<Project><Sources><TextSource guid=\"s\" name=\"S\"><PlainTextContent>Văn bản</PlainTextContent>"
                + "</TextSource></Sources></Project>");
        assertThat(p.sources.get(0).inlineText()).isEqualTo("Văn bản");
        assertThat(p.sources.get(0).path()).isNull();
    }

    @Test
    void mediaAndTheirSelectionsAreListedAsSkipped() throws Exception {
        QdaProject p = parse("<Project><Sources><AudioSource guid=\"a\" name=\"ghi âm.m4a\"><AudioSelection guid=\"x\" name=\"đoạn\"/>"
                + "<Transcript plainTextPath=\"internal://t.txt\" guid=\"t\" name=\"bản ghi\"/></AudioSource>"
                + "<PDFSource guid=\"p\" name=\"tài liệu.pdf\"/></Sources></Project>");
        assertThat(p.sources).isEmpty();
        assertThat(p.skipped).extracting(QdaProject.Skipped::reason)
                .containsExactly("a audio source: Annals keeps text only", "a PDF source without a plain-text representation");
    }

    @Test
    void positionsThatAreNoNumbersAndRootsThatAreNoProjectsAreErrors() {
        assertThatThrownBy(() -> parse("<Project><Sources><TextSource guid=\"s\"><PlainTextSelection guid=\"x\" startPosition=\"1.5\""
                + " endPosition=\"2\"/></TextSource></Sources></Project>")).hasMessageContaining("startPosition that is not a number: 1.5");
        assertThatThrownBy(() -> parse("<svg/>")).hasMessageContaining("its root element is <svg>");
    }
}
