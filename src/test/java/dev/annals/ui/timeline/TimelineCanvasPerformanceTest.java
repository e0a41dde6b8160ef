package dev.annals.ui.timeline;

import atlantafx.base.theme.PrimerLight;
import dev.annals.logic.timeline.TimeWindow;
import dev.annals.logic.timeline.TimelineLayout;
import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** Panning over 5,000 conferences redraws only what is visible, fast enough to feel smooth. */
@ExtendWith(ApplicationExtension.class)
class TimelineCanvasPerformanceTest {

    private static final Logger LOG = Logger.getLogger(TimelineCanvasPerformanceTest.class.getName());

    @TempDir
    static Path folder;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static List<Conference> fiveThousand() {
        Random random = new Random(7);
        List<Conference> out = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            LocalDate d = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(20 * 365));
            out.add(new Conference(i + 1, "Hội nghị " + (i + 1), PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
                    ConferenceKind.values()[i % 5], List.of((long) i + 1)));
        }
        return out;
    }

    @Test
    void pansOverFiveThousandConferencesDrawingOnlyTheVisibleOnes(FxRobot robot) {
        try (var f = TimelineFixture.empty(folder)) {
            double[] frameMs = new double[40];
            int[] drawn = new int[2];
            robot.interact(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                TimelineView view = new TimelineView(f.vm, f.background);
                stage.setScene(new Scene(view, 1200, 760));
                stage.show();
                f.vm.lanesProperty().set(List.of(ConferenceKind.values()));
                f.vm.layoutProperty().set(new TimelineLayout(fiveThousand()));
                f.vm.windowProperty().set(TimeWindow.of(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)));
                view.applyCss();
                view.layout();
                for (int i = 0; i < 10; i++) f.vm.navigation().panBy(0.05);
                for (int i = 0; i < frameMs.length; i++) {
                    long start = System.nanoTime();
                    f.vm.navigation().panBy(0.05);
                    frameMs[i] = (System.nanoTime() - start) / 1e6;
                }
                drawn[0] = view.canvas().markers().size();
                f.vm.navigation().showAll();
                drawn[1] = view.canvas().markers().size();
            });
            Arrays.sort(frameMs);
            double median = frameMs[frameMs.length / 2];
            LOG.info(() -> "timeline pan redraw over 5000 conferences: median " + median + " ms");
            assertThat(drawn[0]).isBetween(150, 400);
            assertThat(drawn[1]).isEqualTo(5000);
            assertThat(median).isLessThan(50);
        }
    }
}
