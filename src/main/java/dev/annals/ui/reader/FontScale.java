package dev.annals.ui.reader;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/** The reading font size, in pixels, changed by steps within comfortable bounds. */
public final class FontScale {

    public static final double DEFAULT = 18;
    static final double MIN = 12;
    static final double MAX = 36;
    private static final double STEP = 2;

    private final ReadOnlyDoubleWrapper size = new ReadOnlyDoubleWrapper(this, "size", DEFAULT);

    public void larger() { set(size.get() + STEP); }

    public void smaller() { set(size.get() - STEP); }

    public void reset() { set(DEFAULT); }

    public void set(double value) {
        size.set(Math.max(MIN, Math.min(MAX, value)));
    }

    public double get() { return size.get(); }

    public ReadOnlyDoubleProperty sizeProperty() { return size.getReadOnlyProperty(); }
}
