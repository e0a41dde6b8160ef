package dev.annals.ui.shell;

/** Where the main window was and how big, to put it back there next time. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1200, 760, false);

    /** The same window no larger than the screen area it must fit in. */
    public WindowBounds fittedTo(double screenWidth, double screenHeight) {
        return new WindowBounds(x, y, Math.min(width, screenWidth), Math.min(height, screenHeight), maximized);
    }

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
