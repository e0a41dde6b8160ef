package dev.annals.ui.timeline;

import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;

/**
 * The timeline's keys: ←/→ pan, ↑/↓ and Tab/Shift+Tab move between conferences (Tab leaves the timeline after
 * the last one), Enter opens, Ctrl+Space picks the focused conference for comparison, +/− zoom, Home shows
 * everything, Escape clears the focus and, with no focus, the conferences picked.
 */
final class TimelineKeys implements EventHandler<KeyEvent> {

    static final double PAN_STEP = 0.1;

    private final TimelineNavigation nav;
    private final Runnable open;
    private final Runnable togglePicked;
    private final Runnable clearPicked;

    TimelineKeys(TimelineNavigation nav, Runnable open, Runnable togglePicked, Runnable clearPicked) {
        this.nav = nav;
        this.open = open;
        this.togglePicked = togglePicked;
        this.clearPicked = clearPicked;
    }

    @Override
    public void handle(KeyEvent e) {
        boolean handled = switch (e.getCode()) {
            case LEFT, KP_LEFT -> run(() -> nav.panBy(-PAN_STEP));
            case RIGHT, KP_RIGHT -> run(() -> nav.panBy(PAN_STEP));
            case UP, KP_UP -> run(nav::focusPrevious);
            case DOWN, KP_DOWN -> run(nav::focusNext);
            case TAB -> tab(e.isShiftDown() ? -1 : 1);
            case SPACE -> run(e.isShortcutDown() || e.isControlDown() ? togglePicked : open);
            case ENTER -> !e.isShortcutDown() && !e.isControlDown() && run(open);
            case PLUS, EQUALS, ADD -> run(nav::zoomIn);
            case MINUS, SUBTRACT -> run(nav::zoomOut);
            case HOME -> run(nav::showAll);
            case ESCAPE -> run(this::escape);
            default -> false;
        };
        if (handled) e.consume();
    }

    private void escape() {
        if (nav.focusedConference() == null) clearPicked.run();
        else nav.focus(-1);
    }

    private boolean tab(int direction) {
        if (!nav.canMove(direction)) return false;
        if (direction > 0) nav.focusNext();
        else nav.focusPrevious();
        return true;
    }

    private static boolean run(Runnable action) {
        action.run();
        return true;
    }
}
