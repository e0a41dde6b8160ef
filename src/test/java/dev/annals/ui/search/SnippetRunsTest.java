package dev.annals.ui.search;

import dev.annals.logic.search.Snippet;
import dev.annals.model.Span;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SnippetRunsTest {

    @Start
    void start(Stage stage) {
    }

    private static List<String> runs(Snippet snippet) {
        return ResultCell.passage(snippet).getChildren().stream().map(n -> ((Text) n).getText()).toList();
    }

    @Test
    void aHitAtTheStartOfACutPassageIsOneWholeRunAfterTheEllipsisWithNoEmptyRunBeforeIt() {
        Snippet snippet = new Snippet("công tác phòng, an toàn", List.of(new Span(0, 4), new Span(16, 18)), true, true);

        assertThat(runs(snippet)).containsExactly("…", "công", " tác phòng, ", "an", " toàn…");
    }

    @Test
    void aHitInsideThePassageKeepsTheTextBeforeIt() {
        assertThat(runs(new Snippet("Hội nghị Công an xã", List.of(new Span(9, 19)), false, false)))
                .containsExactly("Hội nghị ", "Công an xã", "");
    }
}
