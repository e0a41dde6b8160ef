package dev.annals.logic.annotate;

import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.CodePoints;
import dev.annals.testing.AnnotateLibrary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class TextCorrectionTest {

    static final String TEXT = "Năm 2021, lực lượng Công an đã đấu tranh phòng chống tội phạm ma túy. "
            + "Đề án 06 về chuyển đổi số được triển khai trên toàn quốc. Công tác thi đua khen thưởng được chú trọng.";

    @TempDir
    Path folder;
    AnnotateLibrary lib;
    AnnotationService annotations;
    TextCorrection correction;
    long doc;
    long theme;

    @BeforeEach
    void open() {
        lib = new AnnotateLibrary(folder);
        annotations = lib.services.annotations();
        correction = lib.services.textCorrection();
        doc = lib.addDocument("Hội nghị", "2021", TEXT);
        theme = lib.services.themes().create("chuyển đổi số", null, null, null).id();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void reanchorsQuoteAfterTextInsertedBefore() {
        Annotation a = annotations.tagQuote(doc, theme, "Đề án 06 về chuyển đổi số", 1, null);

        TextCorrection.Report report = correction.correctText(doc, "Hà Nội – " + TEXT);

        Annotation moved = annotations.find(a.id()).orElseThrow();
        assertThat(report).isEqualTo(new TextCorrection.Report(0, 1, 0));
        assertThat(moved.anchor().start()).isEqualTo(a.anchor().start() + 9);
        assertThat(moved.status()).isEqualTo(AnchorStatus.ANCHORED);
        String text = lib.documents.find(doc).orElseThrow().text();
        assertThat(CodePoints.substring(text, moved.anchor().start(), moved.anchor().end())).isEqualTo("Đề án 06 về chuyển đổi số");
        assertThat(moved.textSha256()).isEqualTo(lib.documents.find(doc).orElseThrow().sha256());
    }

    @Test
    void reanchorsQuoteWithTypoFixedInside() {
        Annotation a = annotations.tagQuote(doc, theme, "phòng chống tội phạm ma túy", 1, null);

        correction.correctText(doc, TEXT.replace("tội phạm ma túy", "tội phạm về ma túy"));

        Annotation fixed = annotations.find(a.id()).orElseThrow();
        assertThat(fixed.status()).isEqualTo(AnchorStatus.ANCHORED);
        assertThat(fixed.anchor().exact()).isEqualTo("phòng chống tội phạm về ma túy");
    }

    @Test
    void orphansAnnotationWhenPassageDeletedAndKeepsItsNote() {
        Annotation a = annotations.tagQuote(doc, theme, "Đề án 06 về chuyển đổi số được triển khai trên toàn quốc.", 1, "quan trọng");

        TextCorrection.Report report = correction.correctText(doc, TEXT.replace("Đề án 06 về chuyển đổi số được triển khai trên toàn quốc. ", ""));

        assertThat(report.orphaned()).isEqualTo(1);
        assertThat(annotations.orphans()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(a.id());
            assertThat(o.note()).isEqualTo("quan trọng");
            assertThat(o.anchor().exact()).isEqualTo(a.anchor().exact());
        });
    }

    @Test
    void undoOfCorrectionRestoresTextAndAnchors() {
        Annotation a = annotations.tagQuote(doc, theme, "thi đua khen thưởng", 1, null);
        correction.correctText(doc, "Mới: " + TEXT);

        lib.services.undoHistory().undo();

        assertThat(lib.documents.find(doc).orElseThrow().text()).isEqualTo(TEXT);
        assertThat(annotations.find(a.id())).contains(a);
    }

    @Test
    void reanchorsAfterTextReplacedElsewhere() {
        Annotation a = annotations.tagQuote(doc, theme, "thi đua khen thưởng", 1, null);
        String newer = "Bản cập nhật. " + TEXT;
        lib.documents.updateText(doc, newer, dev.annals.logic.library.Hashing.sha256(newer), CodePoints.length(newer));

        TextCorrection.Report report = correction.reanchor(doc);

        assertThat(report.moved()).isEqualTo(1);
        assertThat(annotations.find(a.id()).orElseThrow().anchor().start()).isEqualTo(a.anchor().start() + 14);
    }
}
