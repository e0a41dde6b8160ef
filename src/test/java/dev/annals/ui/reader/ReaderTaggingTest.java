package dev.annals.ui.reader;

import atlantafx.base.theme.PrimerLight;
import dev.annals.app.TestLibraries;
import dev.annals.logic.LibrarySession;
import dev.annals.model.AnchorStatus;
import dev.annals.model.Annotation;
import dev.annals.model.Span;
import dev.annals.model.Theme;
import dev.annals.ui.common.FxBackgroundTasks;
import dev.annals.ui.common.FxLibraryChanges;
import dev.annals.ui.common.I18n;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ReaderTaggingTest {

    private LibrarySession session;
    private FxBackgroundTasks tasks;
    private ReaderView view;
    private long docId;
    private String text;
    private List<Theme> themes;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = TestLibraries.openSeeded(Files.createTempDirectory("annals-tagging"));
        tasks = new FxBackgroundTasks();
        docId = session.documents().list().get(0).id();
        text = session.documents().find(docId).orElseThrow().text();
        themes = session.themes().list();
        view = new ReaderView(new ReaderViewModel(ReaderServices.of(session), tasks, I18n.forLanguage("en"), FxLibraryChanges.onFxThread(session.changes())));
        stage.setScene(new Scene(view.root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        session.close();
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(() -> view.viewModel().open(docId, 0, 0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.isShowing(docId));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, String quote) {
        int at = text.indexOf(quote);
        robot.interact(() -> {
            view.area().requestFocus();
            view.area().selectRange(at, at + quote.length());
        });
    }

    private List<Annotation> stored() {
        return session.annotations().forDocument(docId);
    }

    private static <T> T onFx(java.util.function.Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> result.set(work.get()));
        return result.get();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void tagsSelectionByKeyThenByContextMenu(FxRobot robot) throws Exception {
        open(robot);
        select(robot, "ng an nơi đó");
        robot.type(KeyCode.DIGIT2);
        waitUntil(() -> stored().size() == 1);
        Annotation byKey = stored().get(0);
        assertThat(byKey.themeId()).isEqualTo(themes.get(1).id());
        assertThat(byKey.anchor().exact()).isEqualTo("Công an nơi đó");
        waitUntil(() -> !view.area().getStyleAtPosition(byKey.anchor().start() + 1).annotationIds().isEmpty());

        select(robot, "Bộ trưởng Bộ Công an");
        Bounds selection = onFx(() -> view.area().getSelectionBounds().orElseThrow());
        // headless Monocle does not turn a secondary click into a ContextMenuEvent: the menu is opened as the area would
        robot.interact(() -> view.area().getContextMenu().show(view.area(), selection.getCenterX(), selection.getMaxY()));
        robot.clickOn("4  " + themes.get(3).name());
        waitUntil(() -> stored().size() == 2);
        assertThat(stored()).anyMatch(a -> a.themeId() == themes.get(3).id() && a.anchor().exact().equals("Bộ trưởng Bộ Công an"));
        assertThat(robot.lookup("#annotationSidebar").queryAs(ListView.class).getItems()).hasSize(2);
    }

    @Test
    void tagsFromTheFloatingToolbarAfterDraggingASelection(FxRobot robot) throws Exception {
        open(robot);
        int at = text.indexOf("Đại tướng Tô Lâm");
        Bounds first = onFx(() -> view.area().getCharacterBoundsOnScreen(at, at + 1).orElseThrow());
        Bounds last = onFx(() -> view.area().getCharacterBoundsOnScreen(at + 15, at + 16).orElseThrow());
        robot.drag(new Point2D(first.getMinX() + 1, first.getCenterY())).dropTo(new Point2D(last.getMaxX() - 1, last.getCenterY()));
        for (int i = 0; i < themes.size(); i++) {
            assertThat(robot.lookup("#tagTheme" + (i + 1)).queryButton().getText()).isEqualTo((i + 1) + "  " + themes.get(i).name());
        }
        javafx.scene.Node bar = robot.lookup("#tagToolbar").query();
        assertThat(bar.getLayoutBounds().getWidth()).as("a long codebook wraps instead of running off the screen")
                .isLessThanOrEqualTo(TagToolbar.MAX_WIDTH + 1);
        assertThat(bar.localToScreen(bar.getLayoutBounds()).getMaxY()).as("the toolbar sits above the selection").isLessThanOrEqualTo(first.getMinY());
        robot.clickOn("#tagTheme1");
        waitUntil(() -> stored().size() == 1);
        assertThat(stored().get(0).anchor().exact()).isEqualTo("Đại tướng Tô Lâm");
        assertThat(stored().get(0).themeId()).isEqualTo(themes.get(0).id());
    }

    @Test
    void writesNoteThatSavesAsYouTypeAndUndoesByKeys(FxRobot robot) throws Exception {
        open(robot);
        select(robot, "Tô Lâm");
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> stored().size() == 1 && view.viewModel().annotations().selectedProperty().get() != null);
        robot.clickOn("#noteEditor").write("Phát biểu quan trọng");
        waitUntil(() -> "Phát biểu quan trọng".equals(stored().get(0).note()));

        robot.interact(() -> view.area().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored().get(0).note().isEmpty());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> stored().isEmpty());
        assertThat(view.viewModel().annotations().annotations()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> stored().size() == 1);
        assertThat(view.viewModel().annotations().annotations()).hasSize(1);
    }

    @Test
    void overlappingHighlightsStayVisibleTogether(FxRobot robot) throws Exception {
        int at = text.indexOf("lực lượng Công an nơi đó");
        Annotation outer = session.annotations().tag(docId, themes.get(0).id(), new Span(at, at + 24), null);
        Annotation inner = session.annotations().tag(docId, themes.get(1).id(), new Span(at + 10, at + 17), null);
        open(robot);
        SpanStyle single = view.area().getStyleAtPosition(at + 3);
        SpanStyle both = view.area().getStyleAtPosition(at + 12);
        assertThat(single.annotationIds()).containsExactly(outer.id());
        assertThat(both.annotationIds()).containsExactlyInAnyOrder(outer.id(), inner.id());
        assertThat(both.tint().getOpacity()).isGreaterThan(single.tint().getOpacity());
        assertThat(both.underline()).isNotNull();
        assertThat(both.tint()).isNotEqualTo(single.tint());
        assertThat(robot.lookup(".coding-stripes").queryAll()).isNotEmpty();
        assertThat(robot.lookup(".coding-stripes").queryAll().iterator().next()).isInstanceOfSatisfying(javafx.scene.Parent.class,
                stripes -> assertThat(stripes.getChildrenUnmodifiable()).hasSize(2));

        Bounds inside = onFx(() -> view.area().getCharacterBoundsOnScreen(at + 12, at + 13).orElseThrow());
        robot.clickOn(new Point2D(inside.getCenterX(), inside.getCenterY()));
        waitUntil(() -> view.viewModel().annotations().selectedProperty().get() != null);
        assertThat(view.viewModel().annotations().selectedProperty().get().id()).isEqualTo(inner.id());
        assertThat(view.viewModel().annotations().selection()).hasSize(2);
    }

    @Test
    void reanchorsAfterEditingTheTextAndShowsTheOrphan(FxRobot robot) throws Exception {
        String doomed = "đòi hỏi phải tăng cường và nâng cao vai trò lãnh đạo";
        int at = text.indexOf(doomed);
        Annotation lost = session.annotations().tag(docId, themes.get(0).id(), new Span(at, at + doomed.length()), "sẽ mất");
        int kept = text.indexOf("Thủ tướng Chính phủ");
        session.annotations().tag(docId, themes.get(1).id(), new Span(kept, kept + 19), null);
        open(robot);
        robot.clickOn("#editTextToggle");
        robot.interact(() -> view.area().deleteText(at, at + doomed.length()));
        robot.clickOn("#editApply");
        waitUntil(() -> session.annotations().find(lost.id()).orElseThrow().status() == AnchorStatus.ORPHANED);
        waitUntil(() -> view.isShowing(docId) && view.area().getLength() == text.length() - doomed.length());
        assertThat(robot.lookup("#readerMessage").queryAs(Label.class).getText()).contains("could not be placed");
        assertThat(robot.lookup(".annotation-orphan").queryAll()).isNotEmpty();
        assertThat(stored()).filteredOn(a -> a.status() == AnchorStatus.ANCHORED).hasSize(1)
                .allMatch(a -> a.anchor().exact().equals("Thủ tướng Chính phủ"));
        assertThat(view.area().isEditable()).isFalse();
    }
}
