package dev.annals.logic.timeline;

import java.time.LocalDate;

/** The visible stretch of time, in epoch days (fractional), start inclusive, end exclusive. */
public record TimeWindow(double startDay, double endDay) {

    public TimeWindow {
        if (!(endDay > startDay)) throw new IllegalArgumentException("a time window must end after it starts");
    }

    public static TimeWindow of(LocalDate start, LocalDate endExclusive) {
        return new TimeWindow(start.toEpochDay(), endExclusive.toEpochDay());
    }

    public double days() {
        return endDay - startDay;
    }

    public double center() {
        return (startDay + endDay) / 2;
    }

    /** The x of a day on an axis {@code width} pixels wide. */
    public double x(double epochDay, double width) {
        return (epochDay - startDay) / days() * width;
    }

    /** The (fractional) epoch day at x. */
    public double dayAt(double x, double width) {
        return startDay + x / width * days();
    }

    public TimeWindow shifted(double deltaDays) {
        return new TimeWindow(startDay + deltaDays, endDay + deltaDays);
    }

    /** Zoomed by {@code factor} (> 1 shows less time) keeping the day at {@code anchorFraction} of the width in place. */
    public TimeWindow zoomed(double factor, double anchorFraction) {
        double anchor = startDay + days() * anchorFraction;
        double newDays = days() / factor;
        double start = anchor - newDays * anchorFraction;
        return new TimeWindow(start, start + newDays);
    }
}
