package dev.annals.ui.library;

import dev.annals.model.DocumentSummary;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Waiting, in a window test, for the Library table to show what the background work brings. */
public final class LibraryTableWaits {

    private LibraryTableWaits() {
    }

    /** The table once it shows exactly {@code rows} rows. */
    public static TableView<DocumentSummary> awaitRows(FxRobot robot, int rows) {
        waitUntil(() -> robot.lookup("#libraryTable").tryQuery().map(n -> ((TableView<?>) n).getItems().size() == rows).orElse(false));
        return robot.lookup("#libraryTable").queryTableView();
    }

    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window never reached the expected state", e);
        }
    }
}
