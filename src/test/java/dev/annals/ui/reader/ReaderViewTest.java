package dev.annals.ui.reader;

import atlantafx.base.theme.PrimerLight;
import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import dev.annals.model.Span;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ReaderViewTest {

    private LibrarySession session;
    private FxBackgroundTasks tasks;
    private ReaderView view;
    private long docId;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = TestLibraries.openSeeded(Files.createTempDirectory("annals-reader"));
        tasks = new FxBackgroundTasks();
        docId = session.documents().list().get(0).id();
        view = new ReaderView(new ReaderViewModel(ReaderServices.of(session), tasks, I18n.forLanguage("en"), FxLibraryChanges.onFxThread(session.changes())));
        stage.setScene(new Scene(view.root(), 1100, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    private void openFirst(FxRobot robot) throws Exception {
        robot.interact(() -> view.viewModel().open(docId, 0, 0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.viewModel().documentProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsEmptyStateUntilADocumentIsOpened(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#readerEmpty").query().isVisible()).isTrue();
        openFirst(robot);
        assertThat(robot.lookup("#readerEmpty").query().isVisible()).isFalse();
        assertThat(view.area().getText()).isEqualTo(view.viewModel().documentProperty().get().text());
    }

    @Test
    void findsTextWithoutToneMarksAndHighlightsEveryMatch(FxRobot robot) throws Exception {
        openFirst(robot);
        robot.interact(() -> {
            view.area().moveTo(0);
            view.area().requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#findField").queryAs(TextField.class).isFocused()).isTrue();
        robot.write("cong an");
        WaitForAsyncUtils.waitForFxEvents();
        int count = view.viewModel().find().matches().size();
        assertThat(count).isGreaterThan(3);
        assertThat(robot.lookup("#findCount").queryAs(Label.class).getText()).isEqualTo("1 / " + count);
        Span second = view.viewModel().find().matches().get(1);
        assertThat(view.area().getStyleAtPosition(second.start() + 1).find()).isEqualTo(SpanStyle.FindMark.MATCH);
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#findCount").queryAs(Label.class).getText()).isEqualTo("2 / " + count);
        assertThat(view.area().getStyleAtPosition(second.start() + 1).find()).isEqualTo(SpanStyle.FindMark.CURRENT);
        robot.press(KeyCode.SHIFT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHIFT);
        assertThat(robot.lookup("#findCount").queryAs(Label.class).getText()).isEqualTo("1 / " + count);
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#findBar").query().isVisible()).isFalse();
        assertThat(view.area().getStyleAtPosition(second.start() + 1).find()).isEqualTo(SpanStyle.FindMark.NONE);
    }

    @Test
    void changesTextSizeWithKeys(FxRobot robot) throws Exception {
        openFirst(robot);
        robot.clickOn("#readerArea");
        double before = view.viewModel().font().get();
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        assertThat(view.viewModel().font().get()).isGreaterThan(before);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.Text shown = (javafx.scene.text.Text) view.area().lookup(".text");
        assertThat(shown.getFont().getSize()).isCloseTo(view.viewModel().font().get(), org.assertj.core.data.Offset.offset(0.05));
        assertThat(shown.getFont().getFamily()).isEqualTo(ReadingFont.family());
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertThat(view.viewModel().font().get()).isLessThan(before);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(view.viewModel().font().get()).isEqualTo(FontScale.DEFAULT);
    }

    @Test
    void savesMetadataEditedInThePanel(FxRobot robot) throws Exception {
        openFirst(robot);
        robot.clickOn("#detailsToggle");
        robot.clickOn("#metaTitle").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Hội nghị Công an toàn quốc");
        robot.clickOn("#metaYear").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("2021");
        robot.interact(() -> {
            view.viewModel().metadata().precisionProperty().set(dev.annals.model.DatePrecision.YEAR);
        });
        robot.clickOn("#metaSave");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "Hội nghị Công an toàn quốc".equals(session.documents().find(docId).orElseThrow().title()));
        assertThat(session.documents().find(docId).orElseThrow().date()).isEqualTo(dev.annals.model.PartialDate.ofYear(2021));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#readerTitle").queryAs(Label.class).getText()).isEqualTo("Hội nghị Công an toàn quốc");
    }

    @Test
    void opensAtARangeAndSelectsIt(FxRobot robot) throws Exception {
        robot.interact(() -> view.viewModel().open(docId, 200, 230));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.area().getSelection().getLength() == 30);
        assertThat(view.area().getSelection().getStart()).isEqualTo(200);
    }

    @Test
    void theTextKeepsItsPlaceAndItsLineBreaksWhenTheFirstAnnotationsAppear(FxRobot robot) throws Exception {
        openFirst(robot);
        String text = view.viewModel().documentProperty().get().text();
        int probe = text.indexOf("Bộ trưởng Tô Lâm nêu rõ");
        javafx.geometry.Bounds before = onFx(() -> view.area().getCharacterBoundsOnScreen(probe, probe + 1).orElseThrow());
        int linesBefore = onFx(() -> view.area().getParagraphLinesCount(0));

        long first = session.themes().list().get(0).id();
        long second = session.themes().list().get(1).id();
        robot.interact(() -> session.annotations().tag(docId, first, new Span(0, 30), null));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup(".coding-stripes").queryAll().isEmpty());
        robot.interact(() -> session.annotations().tag(docId, second, new Span(40, 60), null));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.viewModel().annotations().annotations().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.geometry.Bounds after = onFx(() -> view.area().getCharacterBoundsOnScreen(probe, probe + 1).orElseThrow());
        assertThat(after.getMinX()).isCloseTo(before.getMinX(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(onFx(() -> view.area().getParagraphLinesCount(0))).isEqualTo(linesBefore);
    }

    @Test
    void theReadingFontStaysOnTheTextAndOffTheContextMenu(FxRobot robot) throws Exception {
        openFirst(robot);
        assertThat(view.area().getStyle()).doesNotContain("font");
        javafx.scene.control.ContextMenu menu = view.area().getContextMenu();
        robot.interact(() -> menu.show(view.area(), 300, 300));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.text.Text item = (javafx.scene.text.Text) menu.getSkin().getNode().lookup(".text");
        assertThat(item.getFont().getFamily()).isNotEqualTo(ReadingFont.family());
        robot.interact(menu::hide);
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) {
        java.util.concurrent.atomic.AtomicReference<T> result = new java.util.concurrent.atomic.AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> result.set(work.get()));
        return result.get();
    }
}
