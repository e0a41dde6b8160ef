package dev.annals.ui.reader;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import dev.annals.model.ConferenceKind;
import dev.annals.model.DocumentMetadata;
import dev.annals.model.PartialDate;
import dev.annals.model.Span;
import dev.annals.model.Theme;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders the reader with overlapping annotations in light and dark, to target/screenshots, for a person to look at. */
@ExtendWith(ApplicationExtension.class)
class ReaderScreenshotTest {

    private LibrarySession session;
    private FxBackgroundTasks tasks;
    private Stage stage;
    private long docId;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        session = TestLibraries.openSeeded(Files.createTempDirectory("annals-shot"));
        tasks = new FxBackgroundTasks();
        docId = session.documents().list().get(0).id();
        session.documents().updateMetadata(docId, new DocumentMetadata(
                "Hội nghị sơ kết công tác công an 6 tháng đầu năm 2020", PartialDate.ofDay(2020, 7, 14),
                "Báo Tổ Quốc", ConferenceKind.SIX_MONTH_REVIEW, List.of("Tô Lâm", "Nguyễn Xuân Phúc")));
        List<Theme> themes = session.themes().list();
        String text = session.documents().find(docId).orElseThrow().text();
        tag(text, themes.get(0), "nơi nào còn băng, nhóm tội phạm", 0);
        tag(text, themes.get(1), "lực lượng Công an nơi đó không hoàn thành nhiệm vụ", 0);
        tag(text, themes.get(2), "Trách nhiệm của lực lượng Công an", 0);
        tag(text, themes.get(3), "Hội nghị sơ kết công tác công an 6 tháng", 0);
        tag(text, themes.get(6), "Thủ tướng Chính phủ Nguyễn Xuân Phúc", 0);
    }

    private void tag(String text, Theme theme, String quote, int extraEnd) {
        int at = text.indexOf(quote);
        session.annotations().tag(docId, theme.id(), new Span(at, at + quote.length() + extraEnd), "ghi chú");
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    @Test
    void rendersAnnotatedDocumentInLightAndDark(FxRobot robot) throws Exception {
        for (String mode : List.of("light", "dark")) {
            AtomicReference<ReaderView> view = new AtomicReference<>();
            robot.interact(() -> {
                Application.setUserAgentStylesheet(mode.equals("light") ? new PrimerLight().getUserAgentStylesheet()
                        : new PrimerDark().getUserAgentStylesheet());
                view.set(new ReaderView(new ReaderViewModel(ReaderServices.of(session), tasks, I18n.forLanguage("vi"), FxLibraryChanges.onFxThread(session.changes()))));
                stage.setScene(new Scene(view.get().root(), 1280, 800));
                view.get().viewModel().open(docId, 0, 0);
            });
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.get().viewModel().documentProperty().get() != null);
            robot.interact(() -> view.get().viewModel().annotations().select(
                    view.get().viewModel().annotations().annotations().get(1).id()));
            WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            AtomicReference<BufferedImage> image = new AtomicReference<>();
            robot.interact(() -> {
                try {
                    image.set(Snapshots.save(view.get().root(), Path.of("target/screenshots/reader-" + mode + ".png")));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(image.get().getWidth()).isEqualTo(1280);
            assertThat(distinctColours(image.get())).isGreaterThan(50);
        }
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) for (int x = 0; x < image.getWidth(); x += 3) colours.add(image.getRGB(x, y));
        return colours.size();
    }
}
