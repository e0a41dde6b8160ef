package dev.annals.ui.help;

import dev.annals.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Help › User guide: the guide bundled with the app, in the window's language, shown offline as JavaFX text with
 * its screenshots. One window at a time; it takes the main window's look and text size.
 */
public final class GuideWindow {

    static final String FOLDER = "/dev/annals/ui/help/guide/";

    private final I18n i18n;
    private Stage stage;

    public GuideWindow(I18n i18n) {
        this.i18n = i18n;
    }

    /** The guide's Markdown in this language. */
    static String markdown(I18n i18n) {
        String name = i18n.isVietnamese() ? "guide.vi.md" : "guide.md";
        try (InputStream in = Objects.requireNonNull(GuideWindow.class.getResourceAsStream(FOLDER + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bundled picture, or none when the guide names one the build did not bundle. */
    static Image image(String path) {
        var url = GuideWindow.class.getResource(FOLDER + path);
        return url == null ? null : new Image(url.toExternalForm());
    }

    static VBox page(I18n i18n) {
        return new MarkdownNodes(GuideWindow::image).render(markdown(i18n));
    }

    public void show(Node owner) {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return;
        }
        VBox page = page(i18n);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setId("guideScroll");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        scroll.setAccessibleText(i18n.t("shell.guide.title"));
        scroll.setAccessibleHelp(i18n.t("shell.guide.help"));
        Scene scene = new Scene(scroll, 860, 720);
        Scene main = owner == null ? null : owner.getScene();
        if (main != null) {
            scene.getStylesheets().setAll(main.getStylesheets());
            scroll.setStyle(main.getRoot().getStyle());
            main.getRoot().getStyleClass().stream().filter(c -> c.startsWith("mode-")).forEach(c -> scroll.getStyleClass().add(c));
        }
        scene.getStylesheets().add(Objects.requireNonNull(GuideWindow.class.getResource("guide.css")).toExternalForm());
        stage = new Stage();
        stage.setTitle(i18n.t("shell.guide.title"));
        if (main != null && main.getWindow() != null) stage.initOwner(main.getWindow());
        stage.setScene(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) stage.close();
        });
        stage.show();
        scroll.requestFocus();
    }
}
