package dev.annals.logic.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Chooses the tick unit for a zoom and lists the ticks inside a window. */
public final class Ticks {

    /** The least room, in pixels, between two labelled ticks. */
    static final double MIN_MONTH_PX = 34;
    static final double MIN_QUARTER_PX = 44;
    static final double MIN_YEAR_PX = 44;

    private Ticks() {
    }

    public static TickUnit unitFor(TimeWindow window, double width) {
        double pxPerDay = width / window.days();
        if (pxPerDay * 30.4 >= MIN_MONTH_PX) return TickUnit.MONTH;
        if (pxPerDay * 91.3 >= MIN_QUARTER_PX) return TickUnit.QUARTER;
        return TickUnit.YEAR;
    }

    public static List<Tick> ticks(TimeWindow window, double width) {
        TickUnit unit = unitFor(window, width);
        double pxPerYear = width / window.days() * 365.25;
        int yearStep = yearStep(pxPerYear);
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(window.startDay()));
        LocalDate cursor = LocalDate.of(first.getYear(), 1, 1);
        int monthStep = unit == TickUnit.MONTH ? 1 : unit == TickUnit.QUARTER ? 3 : 12;
        List<Tick> ticks = new ArrayList<>();
        while (cursor.toEpochDay() < window.endDay()) {
            boolean major = cursor.getMonthValue() == 1;
            boolean shown = !major || unit != TickUnit.YEAR || Math.floorMod(cursor.getYear(), yearStep) == 0;
            if (cursor.toEpochDay() >= window.startDay() && shown) {
                ticks.add(new Tick(cursor, window.x(cursor.toEpochDay(), width), major ? TickUnit.YEAR : unit, major));
            }
            cursor = cursor.plusMonths(monthStep);
        }
        return ticks;
    }

    /** Every year, or every 2, 5, 10… years when years are too narrow to label. */
    private static int yearStep(double pxPerYear) {
        for (int step : new int[]{1, 2, 5, 10, 20, 50, 100}) {
            if (pxPerYear * step >= MIN_YEAR_PX) return step;
        }
        return 200;
    }
}
