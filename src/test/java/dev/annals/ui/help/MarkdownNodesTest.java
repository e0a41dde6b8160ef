package dev.annals.ui.help;

import dev.annals.ui.common.I18n;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MarkdownNodesTest {

    @Start
    void start(Stage stage) {
    }

    private static List<Node> all(Parent root) {
        List<Node> out = new ArrayList<>();
        for (Node n : root.getChildrenUnmodifiable()) {
            out.add(n);
            if (n instanceof Parent p) out.addAll(all(p));
        }
        return out;
    }

    @Test
    void headingsParagraphsEmphasisCodeAndListsBecomeStyledTextNodes() {
        VBox page = new MarkdownNodes(path -> null).render("""
                # Đọc bài

                Chọn **một đoạn** rồi nhấn `1`, *nhẹ nhàng*.

                - thứ nhất
                - thứ hai

                ```
                annals list --json
                ```
                """);
        List<Node> blocks = page.getChildren();
        assertThat(blocks.get(0).getStyleClass()).contains("guide-h1");
        assertThat(blocks.get(0).getAccessibleText()).isEqualTo("Đọc bài");
        TextFlow paragraph = (TextFlow) blocks.get(1);
        assertThat(paragraph.getAccessibleText()).isEqualTo("Chọn một đoạn rồi nhấn 1, nhẹ nhàng.");
        assertThat(paragraph.getChildren()).map(n -> ((Text) n).getText() + "|" + String.join(" ", n.getStyleClass()))
                .contains("một đoạn|guide-text guide-strong", "1|guide-text guide-inline-code", "nhẹ nhàng|guide-text guide-em");
        assertThat(all((Parent) blocks.get(2))).filteredOn(n -> n instanceof Label l && l.getText().equals("•")).hasSize(2);
        assertThat(((Label) blocks.get(3)).getText()).isEqualTo("annals list --json");
    }

    @Test
    void aPictureIsShownFromItsPathWithItsAltTextForAScreenReader() {
        Image picture = new javafx.scene.image.WritableImage(40, 20);
        List<String> asked = new ArrayList<>();
        VBox page = new MarkdownNodes(path -> {
            asked.add(path);
            return picture;
        }).render("![The library view](screenshots/en/library.png)\n");
        ImageView view = (ImageView) all(page).stream().filter(n -> n instanceof ImageView).findFirst().orElseThrow();
        assertThat(asked).containsExactly("screenshots/en/library.png");
        assertThat(view.getImage()).isSameAs(picture);
        assertThat(view.getAccessibleRole()).isEqualTo(AccessibleRole.IMAGE_VIEW);
        assertThat(view.getAccessibleText()).isEqualTo("The library view");
    }

    @Test
    void theBundledGuideInEachLanguageShowsEveryPictureItNames() {
        for (String lang : List.of("en", "vi")) {
            VBox page = GuideWindow.page(I18n.forLanguage(lang));
            List<ImageView> pictures = all(page).stream().filter(n -> n instanceof ImageView).map(n -> (ImageView) n).toList();
            assertThat(pictures).as(lang).hasSizeGreaterThanOrEqualTo(GuideScreenshotsTest.VIEWS.size())
                    .allSatisfy(v -> assertThat(v.getImage()).as(v.getAccessibleText()).isNotNull());
            assertThat(page.getChildren().get(0).getAccessibleText()).isEqualTo(lang.equals("vi") ? "Hướng dẫn sử dụng Annals" : "Annals user guide");
        }
    }
}
