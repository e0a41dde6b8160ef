package dev.annals.logic.library.meta;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A CoNLL-U corpus file read back as its article: a metadata header and the sentences as text. */
class ConlluTextTest {

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    @Test
    void rebuildsTheArticleFromSentenceTextsWithTheDocumentCommentsAsItsHeader() {
        List<String> out = ConlluText.read(lines("""
                # newdoc id = tuoitre-2019-05
                # date = 2019-05-03
                # sent_id = 1
                # text = Bộ Công an họp báo quý I.
                1\tBộ\tbộ\tNOUN\tN\t_\t2\tnsubj\t_\t_
                2\tCông_an\tcông_an\tNOUN\tN\t_\t0\troot\t_\t_

                # sent_id = 2
                # text = Thượng tướng Lê Quý Vương chủ trì.
                1\tThượng_tướng\t_\tNOUN\tN\t_\t0\troot\t_\t_
                """)).orElseThrow();
        assertThat(out).containsExactly("# newdoc id = tuoitre-2019-05", "# date = 2019-05-03", "",
                "Bộ Công an họp báo quý I.", "", "Thượng tướng Lê Quý Vương chủ trì.");
        assertThat(TextHeader.read(out).orElseThrow().fields()).extracting("key").contains("date");
    }

    @Test
    void joinsTheSentencesOfAParagraphWhenTheFileMarksParagraphs() {
        List<String> out = ConlluText.read(lines("""
                # newpar
                # text = Câu một.
                1\tCâu\t_\t_\t_\t_\t0\troot\t_\t_

                # text = Câu hai.
                1\tCâu\t_\t_\t_\t_\t0\troot\t_\t_

                # newpar
                # text = Đoạn mới.
                1\tĐoạn\t_\t_\t_\t_\t0\troot\t_\t_
                """)).orElseThrow();
        assertThat(out).containsExactly("Câu một. Câu hai.", "", "Đoạn mới.");
    }

    @Test
    void rebuildsASentenceWithoutTextFromItsTokens() {
        List<String> out = ConlluText.read(lines("""
                1\tHội_nghị\t_\t_\t_\t_\t0\troot\t_\t_
                2\tkhai_mạc\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No
                3\t(\t_\t_\t_\t_\t1\tpunct\t_\tSpaceAfter=No
                4\tHà_Nội\t_\t_\t_\t_\t1\tdep\t_\tSpaceAfter=No
                5\t)\t_\t_\t_\t_\t1\tpunct\t_\t_
                6\t.\t_\t_\t_\t_\t1\tpunct\t_\t_
                """)).orElseThrow();
        assertThat(out).containsExactly("Hội nghị khai mạc(Hà Nội).");
    }

    @Test
    void writesAMultiWordTokenOnceAndSkipsEmptyNodes() {
        List<String> out = ConlluText.read(lines("""
                1-2\tvámonos\t_\t_\t_\t_\t_\t_\t_\t_
                1\tvamos\tir\t_\t_\t_\t0\troot\t_\t_
                2\tnos\tnosotros\t_\t_\t_\t1\tobj\t_\t_
                2.1\tfantasma\t_\t_\t_\t_\t_\t_\t_\t_
                3\tya\tya\t_\t_\t_\t1\tadvmod\t_\t_
                """)).orElseThrow();
        assertThat(out).containsExactly("vámonos ya");
    }

    @Test
    void leavesTextThatIsNotConlluAlone() {
        assertThat(ConlluText.read(lines("# date = 2020-01-01\n\nBài viết.\n1. Mục một\twith a tab"))).isEmpty();
    }
}
