package dev.annals.ui.timeline;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.annals.ui.common.PngImages;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;

/** Renders the seed timeline in light and dark to target/screenshots, to look at. */
@ExtendWith(ApplicationExtension.class)
class TimelineScreenshotTest {

    static final Path OUT = Path.of("target", "screenshots");

    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Shows the view in the stage with the theme, lays it out and saves a PNG of it. */
    static Path shoot(FxRobot robot, Stage stage, TimelineFixture fixture, boolean dark, String name) throws Exception {
        Files.createDirectories(OUT);
        Path file = OUT.resolve(name + ".png");
        robot.interact(() -> {
            Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
            TimelineView view = new TimelineView(fixture.vm, fixture.background);
            stage.setScene(new Scene(view, 1240, 780));
            stage.show();
            view.load();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                PngImages.write(PngImages.toBufferedImage(PngImages.snapshot(stage.getScene().getRoot())), file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return file;
    }

    @Test
    void rendersTheSeedTimelineInLightAndDark(FxRobot robot) throws Exception {
        Path light;
        Path dark;
        try (var fixture = TimelineFixture.importedSeeds(folder.resolve("light"), "en")) {
            light = shoot(robot, stage, fixture, false, "timeline-light");
        }
        try (var fixture = TimelineFixture.seeds(folder.resolve("dark"), "vi")) {
            dark = shoot(robot, stage, fixture, true, "timeline-dark-vi");
        }
        BufferedImage lightImage = ImageIO.read(light.toFile());
        BufferedImage darkImage = ImageIO.read(dark.toFile());
        assertThat(lightImage.getWidth()).isEqualTo(1240);
        assertThat(brightness(lightImage.getRGB(640, 300))).isGreaterThan(200);
        assertThat(brightness(darkImage.getRGB(640, 300))).isLessThan(80);
    }

    @Test
    void rendersOneYearWithMonthTicksAndAFocusedConference(FxRobot robot) throws Exception {
        try (var fixture = TimelineFixture.seeds(folder.resolve("year"), "en")) {
            shoot(robot, stage, fixture, false, "timeline-base");
            robot.interact(() -> {
                fixture.vm.navigation().focus(2);
                fixture.vm.navigation().showOneYear();
                fixture.vm.granularityProperty().set(dev.annals.logic.timeline.Granularity.YEAR);
            });
            Path file = OUT.resolve("timeline-year-focused.png");
            robot.interact(() -> {
                try {
                    PngImages.write(PngImages.toBufferedImage(PngImages.snapshot(stage.getScene().getRoot())), file);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(ImageIO.read(file.toFile()).getHeight()).isEqualTo(780);
        }
    }

    @Test
    void rendersTheEmptyState(FxRobot robot) throws Exception {
        try (var fixture = TimelineFixture.empty(folder.resolve("empty"))) {
            Path file = shoot(robot, stage, fixture, false, "timeline-empty");
            assertThat(robot.lookup("#emptyState").queryAs(javafx.scene.layout.VBox.class).isVisible()).isTrue();
            assertThat(Files.size(file)).isPositive();
        }
    }

    private static int brightness(int argb) {
        return ((argb >> 16 & 0xff) + (argb >> 8 & 0xff) + (argb & 0xff)) / 3;
    }
}
