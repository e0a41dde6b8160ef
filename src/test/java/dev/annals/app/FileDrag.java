package dev.annals.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

import java.io.File;
import java.security.AccessControlContext;
import java.util.List;
import java.util.Set;

/**
 * Files dragged from a file manager onto a node: the drag-over and drop events the toolkit would deliver, with a
 * drag board holding the files. A headless test has no system drag and drop, so the board is built on JavaFX's
 * own drag board peer interface.
 */
final class FileDrag {

    private final Dragboard board;

    FileDrag(List<File> files) {
        board = DragboardHelper.createDragboard(new FilesPeer(files));
    }

    /** Fires DRAG_OVER on {@code target}; the transfer mode it accepted, or null. */
    TransferMode over(Node target) {
        DragEvent event = event(DragEvent.DRAG_OVER, target);
        Event.fireEvent(target, event);
        return event.getAcceptedTransferMode();
    }

    /** Fires DRAG_DROPPED on {@code target}; whether it completed the drop. */
    boolean drop(Node target) {
        DragEvent event = event(DragEvent.DRAG_DROPPED, target);
        Event.fireEvent(target, event);
        return event.isDropCompleted();
    }

    private DragEvent event(javafx.event.EventType<DragEvent> type, Node target) {
        return new DragEvent(type, board, 10, 10, 10, 10, TransferMode.COPY, null, target, null);
    }

    private record FilesPeer(List<File> files) implements TKClipboard {
        @Override
        public void setSecurityContext(AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.of(DataFormat.FILES);
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return false;
        }

        @Override
        public Object getContent(DataFormat format) {
            return DataFormat.FILES.equals(format) ? files : null;
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return DataFormat.FILES.equals(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return Set.of(TransferMode.COPY);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
