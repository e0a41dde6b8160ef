package dev.annals.ui.timeline;

import atlantafx.base.theme.PrimerLight;
import dev.annals.logic.timeline.SeedLibrary;
import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;
import dev.annals.ui.timeline.TimelinePainter.Marker;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    @TempDir
    static Path folder;
    private static int run;

    private TimelineFixture f;
    private TimelineView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void show(FxRobot robot) {
        f = TimelineFixture.seeds(folder.resolve("lib" + run++), "en");
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            view = new TimelineView(f.vm, f.background);
            stage.setScene(new Scene(view, 1200, 760));
            stage.show();
            view.load();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private List<Marker> markers() {
        return view.canvas().markers();
    }

    private double expectedX(LocalDate day) {
        return TimelinePainter.GUTTER + f.vm.windowProperty().get().x(day.toEpochDay(), view.canvas().timeWidth());
    }

    private Point2D onScreen(Bounds local) {
        Bounds screen = view.canvas().localToScreen(local);
        return new Point2D(screen.getCenterX(), screen.getCenterY());
    }

    private void focusCanvas(FxRobot robot) {
        robot.interact(() -> view.canvas().requestFocus());
    }

    @Test
    void drawsTheFiveSeedConferencesAtTheirDatesInTheLaneOfTheirKind() {
        assertThat(markers()).hasSize(5);
        assertThat(markers()).extracting(m -> m.placed().conference().kind()).containsExactly(
                ConferenceKind.SIX_MONTH_REVIEW, ConferenceKind.SIX_MONTH_REVIEW, ConferenceKind.ONLINE,
                ConferenceKind.ANNUAL_NATIONAL, ConferenceKind.THEMATIC_REVIEW);
        assertThat(markers()).extracting(m -> m.placed().lane()).containsExactly(0, 0, 3, 1, 2);
        assertThat(markers().get(0).bounds().getMinY()).isCloseTo(markers().get(1).bounds().getMinY() - 0, within(3.0));
        assertThat(markers().get(2).bounds().getMinY()).isGreaterThan(markers().get(4).bounds().getMinY());
        double dayWidth = view.canvas().timeWidth() / f.vm.windowProperty().get().days();
        assertThat(markers().get(1).bounds().getCenterX()).isCloseTo(expectedX(LocalDate.of(2021, 6, 21)) + dayWidth / 2, within(1.0));
        assertThat(markers().get(3).bounds().getCenterX()).isCloseTo(expectedX(LocalDate.of(2021, 12, 29)) + dayWidth / 2, within(1.0));
        assertThat(markers().get(4).bounds().getCenterX()).isCloseTo(expectedX(LocalDate.of(2024, 11, 20)) + dayWidth / 2, within(1.0));
    }

    @Test
    void drawsAYearOnlyDateAsASpanOverTheWholeYearWithATooltipThatSaysSo() {
        Marker year2020 = markers().get(0);

        assertThat(year2020.placed().span()).isTrue();
        assertThat(year2020.bounds().getMinX()).isCloseTo(expectedX(LocalDate.of(2020, 1, 1)), within(1.0));
        assertThat(year2020.bounds().getMaxX()).isCloseTo(expectedX(LocalDate.of(2021, 1, 1)), within(1.0));
        assertThat(view.canvas().tooltipFor(year2020.placed().conference())).contains("2020: only the year is known, so it spans the whole year");
        assertThat(markers().get(1).bounds().getWidth()).isLessThan(20);
    }

    @Test
    void zoomsAndPansWithTheKeyboard(FxRobot robot) {
        focusCanvas(robot);
        double days = f.vm.windowProperty().get().days();

        robot.type(KeyCode.EQUALS);
        assertThat(f.vm.windowProperty().get().days()).isCloseTo(days / TimelineNavigation.ZOOM_STEP, within(1e-6));

        double start = f.vm.windowProperty().get().startDay();
        robot.type(KeyCode.RIGHT);
        assertThat(f.vm.windowProperty().get().startDay()).isGreaterThan(start);
        robot.type(KeyCode.LEFT, 2);
        assertThat(f.vm.windowProperty().get().startDay()).isLessThan(start);

        robot.type(KeyCode.MINUS);
        robot.type(KeyCode.MINUS);
        assertThat(f.vm.windowProperty().get().days()).isGreaterThan(days);
        robot.type(KeyCode.HOME);
        assertThat(f.vm.windowProperty().get().days()).isCloseTo(days, within(1e-6));
    }

    @Test
    void zoomButtonsAndPresetsChangeTheVisibleTime(FxRobot robot) {
        double days = f.vm.windowProperty().get().days();

        robot.clickOn("#zoomIn");
        assertThat(f.vm.windowProperty().get().days()).isLessThan(days);
        robot.clickOn("#presetYear");
        assertThat(f.vm.windowProperty().get().days()).isBetween(365.0, 380.0);
        assertThat(markers().size()).isLessThan(5);
        robot.clickOn("#zoomOut");
        robot.clickOn("#presetAll");
        assertThat(f.vm.windowProperty().get().days()).isCloseTo(days, within(1e-6));
        assertThat(markers()).hasSize(5);
    }

    @Test
    void ctrlScrollZooms(FxRobot robot) {
        double days = f.vm.windowProperty().get().days();
        robot.moveTo(view.canvas()).press(KeyCode.CONTROL).scroll(2, javafx.geometry.VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(f.vm.windowProperty().get().days()).isNotCloseTo(days, within(1.0));
    }

    @Test
    void tabAndArrowsMoveBetweenConferencesAndEnterOpensTheArticle(FxRobot robot) {
        focusCanvas(robot);

        robot.type(KeyCode.TAB);
        assertThat(f.vm.focusedIndexProperty().get()).isZero();
        robot.type(KeyCode.DOWN, 3);
        assertThat(f.vm.navigation().focusedConference().date()).isEqualTo(PartialDate.ofDay(2021, 12, 29));
        robot.type(KeyCode.UP);
        assertThat(f.vm.navigation().focusedConference().date()).isEqualTo(PartialDate.ofDay(2021, 8, 17));
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);

        assertThat(f.navigator.openedDocuments).containsExactly(f.library.idOf("002_c69ccf0290f8bbb5.txt"));
    }

    @Test
    void aClickPicksAConferenceAndADoubleClickOpensItsArticle(FxRobot robot) {
        robot.clickOn(onScreen(markers().get(4).bounds()));
        assertThat(f.vm.focusedIndexProperty().get()).isEqualTo(4);
        assertThat(f.navigator.openedDocuments).isEmpty();

        robot.doubleClickOn(onScreen(view.canvas().markerBounds(4).orElseThrow()));
        assertThat(f.navigator.openedDocuments).containsExactly(f.library.idOf("003_ad2d6689d32f3b92.txt"));
    }

    @Test
    void aConferenceWithSeveralArticlesListsThemInAPopover(FxRobot robot) {
        long second = f.library.add("Bế mạc hội nghị", SeedLibrary.meta("Bế mạc Hội nghị", PartialDate.ofMonth(2021, 12), ConferenceKind.ANNUAL_NATIONAL));
        robot.interact(view::load);
        focusCanvas(robot);
        robot.interact(() -> f.vm.navigation().focus(3));

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#documentChoice").tryQuery()).isPresent();
        robot.clickOn("#openDocument-" + second);
        assertThat(f.navigator.openedDocuments).containsExactly(second);
    }

    @Test
    void fiveLanesKeepTheirCompactHeightAndTheViewScrollsToTheLast(FxRobot robot) {
        f.library.add("Hội nghị khác", SeedLibrary.meta("Hội nghị khác", PartialDate.ofDay(2022, 3, 1), ConferenceKind.OTHER));
        robot.interact(view::load);
        // a window of its own, shorter than the lanes need: the test's shared stage keeps its size for the others
        Stage small = onFx(Stage::new);
        TimelineView shortView = onFx(() -> new TimelineView(f.vm, f.background));
        robot.interact(() -> {
            small.setScene(new Scene(shortView, 1200, 620));
            small.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(f.vm.lanesProperty().get()).hasSize(5);
            TimelineCanvas canvas = shortView.canvas();
            double needed = TimelinePainter.AXIS_HEIGHT + 5 * TimelinePainter.MIN_LANE_HEIGHT;
            assertThat(canvas.getHeight()).isGreaterThanOrEqualTo(needed);
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) shortView.lookup("#timelineScroll");
            assertThat(scroll.getViewportBounds().getHeight()).as("the lanes need more height than the view has").isLessThan(needed);
            robot.interact(() -> scroll.setVvalue(1));
            WaitForAsyncUtils.waitForFxEvents();
            javafx.geometry.Bounds lastLane = canvas.localToScene(new javafx.geometry.BoundingBox(0, needed - TimelinePainter.MIN_LANE_HEIGHT,
                    TimelinePainter.GUTTER, TimelinePainter.MIN_LANE_HEIGHT));
            javafx.geometry.Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            assertThat(lastLane.getMaxY()).isLessThanOrEqualTo(viewport.getMaxY() + 1);
        } finally {
            robot.interact(small::close);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void renamingFromTheContextMenuShowsAtOnce(FxRobot robot) {
        openMenuOnMarker(robot, 0);
        robot.clickOn("Rename…");
        answer(robot, "Sơ kết giữa năm 2020");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.vm.dataProperty().get().conferences().get(0).title()).isEqualTo("Sơ kết giữa năm 2020");
        assertThat(view.canvas().tooltipFor(f.vm.dataProperty().get().conferences().get(0))).startsWith("Sơ kết giữa năm 2020");
        assertThat(robot.lookup("OK").tryQuery()).as("the dialog is gone").isEmpty();
    }

    @Test
    void aDateThatIsNotOneIsRefusedWithAWordAndChangesNothing(FxRobot robot) {
        openMenuOnMarker(robot, 1);
        robot.clickOn("Change date…");
        answer(robot, "giữa năm");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#timelineStatus").queryLabeled().getText()).contains("giữa năm");
        assertThat(f.vm.dataProperty().get().conferences().get(1).date()).isEqualTo(PartialDate.ofDay(2021, 6, 21));
    }

    /** Types the answer in the dialog's field, as the user would, and clicks OK. */
    private static void answer(FxRobot robot, String text) {
        robot.clickOn(".dialog-pane .text-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
        robot.clickOn("OK");
    }

    /** The context menu as the keyboard's menu key opens it (headless Monocle turns no right click into one). */
    private void openMenuOnMarker(FxRobot robot, int index) {
        focusCanvas(robot);
        robot.interact(() -> f.vm.navigation().focus(index));
        Bounds marker = view.canvas().markerBounds(index).orElseThrow();
        Point2D screen = onScreen(marker);
        robot.interact(() -> javafx.event.Event.fireEvent(view.canvas(), new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, marker.getCenterX(), marker.getCenterY(),
                screen.getX(), screen.getY(), true, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void legendChipHidesALane(FxRobot robot) {
        robot.clickOn("#legend-online");

        assertThat(f.vm.lanesProperty().get()).doesNotContain(ConferenceKind.ONLINE);
        assertThat(markers()).hasSize(4);
    }

    @Test
    void clickingAHeatMapCellOpensTheThemeBrowserForThatPeriod(FxRobot robot) {
        robot.clickOn("#heatCell-" + f.covid.id() + "-2021-3");

        assertThat(f.navigator.themeBrowsers).singleElement().satisfies(b -> {
            assertThat(b.themeIds()).containsExactly(f.covid.id());
            assertThat(b.from()).isEqualTo(PartialDate.ofMonth(2021, 7));
            assertThat(b.to()).isEqualTo(PartialDate.ofMonth(2021, 9));
        });
    }

    @Test
    void aHeatMapCellIsAButtonThatTheKeyboardReachesAndEnterOpens(FxRobot robot) {
        javafx.scene.Node cell = robot.lookup("#heatCell-" + f.covid.id() + "-2021-3").query();
        assertThat(cell.isFocusTraversable()).isTrue();
        assertThat(cell.getAccessibleRole()).isEqualTo(javafx.scene.AccessibleRole.BUTTON);
        assertThat(cell.getAccessibleText()).contains(f.covid.name()).contains("2021");

        robot.interact(cell::requestFocus);
        robot.type(KeyCode.ENTER);

        assertThat(f.navigator.themeBrowsers).singleElement().satisfies(b -> assertThat(b.themeIds()).containsExactly(f.covid.id()));
    }

    @Test
    void theCanvasAnswersAScreenReaderAsAListOfItsConferences(FxRobot robot) {
        TimelineCanvas canvas = view.canvas();
        var conferences = f.vm.layoutProperty().get().conferences();
        Object[] answers = new Object[3];
        robot.interact(() -> {
            answers[0] = canvas.queryAccessibleAttribute(AccessibleAttribute.ITEM_COUNT);
            answers[1] = canvas.queryAccessibleAttribute(AccessibleAttribute.ITEM_AT_INDEX, 2);
        });
        assertThat(canvas.getAccessibleRole()).isEqualTo(AccessibleRole.LIST_VIEW);
        assertThat(answers[0]).isEqualTo(5);
        javafx.scene.Node third = (javafx.scene.Node) answers[1];
        assertThat(third.getAccessibleRole()).isEqualTo(AccessibleRole.LIST_ITEM);
        assertThat(third.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo(f.vm.text().accessibleText(conferences.get(2)));

        focusCanvas(robot);
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        robot.interact(() -> answers[2] = canvas.queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM));
        javafx.scene.Node focused = (javafx.scene.Node) answers[2];
        int index = f.vm.focusedIndexProperty().get();
        assertThat(focused.queryAccessibleAttribute(AccessibleAttribute.TEXT)).isEqualTo(f.vm.text().accessibleText(conferences.get(index)));
        assertThat(focused.queryAccessibleAttribute(AccessibleAttribute.SELECTED)).isEqualTo(true);
        assertThat(third.queryAccessibleAttribute(AccessibleAttribute.SELECTED)).isEqualTo(index == 2);
    }

    @Test
    void exportsTheHeatMapTableAsCsv(FxRobot robot) throws Exception {
        Path csv = folder.resolve("themes-" + run + ".csv");
        var trend = f.vm.trendProperty().get();

        robot.interact(() -> view.exportHeatMapCsv(csv.toFile()));
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> Files.exists(csv));

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(1 + trend.themes().size());
        assertThat(rows.get(0)).startsWith("theme,");
        assertThat(rows.get(0).split(",")).hasSize(1 + trend.periods().size());
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#timelineStatus").queryLabeled().getText().contains("themes-"));
        assertThat(robot.lookup("#exportHeatMapCsv").queryButton().isDisabled()).isEqualTo(trend.isEmpty());
    }

    @Test
    void exportsTheViewAsAPng(FxRobot robot) throws Exception {
        Path png = folder.resolve("export-" + run + ".png");

        robot.interact(() -> view.exportPng(png.toFile()));

        byte[] head = Files.readAllBytes(png);
        assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(robot.lookup("#timelineStatus").queryLabeled().getText()).contains("export-");
    }

    @Test
    void ctrlClickAndCtrlSpacePickConferencesDrawnAsPickedAndCompareTakesThemOldestFirst(FxRobot robot) {
        var conferences = f.vm.layoutProperty().get().conferences();
        javafx.scene.control.Button compare = robot.lookup("#compareConferences").queryButton();
        assertThat(compare.isDisabled()).isTrue();

        robot.press(KeyCode.CONTROL).clickOn(onScreen(markers().get(3).bounds())).release(KeyCode.CONTROL);
        assertThat(compare.isDisabled()).as("one conference is not a comparison").isTrue();
        focusCanvas(robot);
        robot.type(KeyCode.UP, 2);
        robot.press(KeyCode.CONTROL).type(KeyCode.SPACE).release(KeyCode.CONTROL);

        assertThat(f.vm.selection().ids()).containsExactlyInAnyOrder(conferences.get(3).id(), conferences.get(1).id());
        assertThat(f.navigator.openedDocuments).as("Ctrl+Space picks, it does not open").isEmpty();
        assertThat(compare.isDisabled()).isFalse();
        assertThat(compare.getText()).isEqualTo("Compare (2)");
        Object[] answers = new Object[2];
        robot.interact(() -> {
            answers[0] = view.canvas().queryAccessibleAttribute(AccessibleAttribute.SELECTED_ITEMS);
            answers[1] = view.canvas().queryAccessibleAttribute(AccessibleAttribute.MULTIPLE_SELECTION);
        });
        assertThat((List<?>) answers[0]).hasSize(2).allSatisfy(n -> assertThat(((javafx.scene.Node) n)
                .queryAccessibleAttribute(AccessibleAttribute.TEXT).toString()).endsWith(", picked for comparison"));
        assertThat(answers[1]).isEqualTo(true);

        robot.clickOn(compare);
        assertThat(f.navigator.comparisons).containsExactly(List.of(conferences.get(1).id(), conferences.get(3).id()));
        focusCanvas(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(f.navigator.comparisons).hasSize(2);
    }

    @Test
    void aPickedConferenceLooksDifferentFromAnUnpickedOne(FxRobot robot) throws Exception {
        System.gc(); // the canvas must still hear of picks after a collection
        Bounds box = markers().get(2).bounds();
        javafx.scene.image.Image before = WaitForAsyncUtils.asyncFx(() -> view.canvas().snapshot(null, null)).get();
        robot.interact(() -> f.vm.toggleSelected(markers().get(2).placed().conference()));
        javafx.scene.image.Image after = WaitForAsyncUtils.asyncFx(() -> view.canvas().snapshot(null, null)).get();

        int x = (int) (box.getMinX() - 6);
        int y = (int) box.getCenterY();
        assertThat(after.getPixelReader().getArgb(x, y)).as("the frame around a picked marker")
                .isNotEqualTo(before.getPixelReader().getArgb(x, y));
    }

    @Test
    void theContextMenuPicksAndCompares(FxRobot robot) {
        var conferences = f.vm.layoutProperty().get().conferences();
        robot.interact(() -> f.vm.toggleSelected(conferences.get(0)));
        openMenuOnMarker(robot, 4);
        robot.clickOn("#menuPick");
        assertThat(f.vm.selection().contains(conferences.get(4).id())).isTrue();
        openMenuOnMarker(robot, 4);
        robot.clickOn("Compare picked conferences (2)");

        assertThat(f.navigator.comparisons).containsExactly(List.of(conferences.get(0).id(), conferences.get(4).id()));
    }
}
