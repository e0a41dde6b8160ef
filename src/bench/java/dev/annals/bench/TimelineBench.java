package dev.annals.bench;

import dev.annals.logic.timeline.Ticks;
import dev.annals.logic.timeline.TimeWindow;
import dev.annals.logic.timeline.TimelineLayout;
import dev.annals.model.Conference;
import dev.annals.model.ConferenceKind;
import dev.annals.model.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** timeline_layout_5000_ms: building the layout of 5,000 conferences over 20 years and placing all of them. */
public final class TimelineBench {

    static final int CONFERENCES = 5000;
    static final int YEARS = 20;
    private static final int WARM_UP = 50;
    private static final int RUNS = 41;
    private static final double WIDTH = 1600;

    private TimelineBench() {
    }

    /** The median, in milliseconds, of sorting, placing and ticking 5,000 conferences over the whole 20 years. */
    public static double layout5000Ms() {
        List<Conference> conferences = conferences(new Random(42));
        LocalDate first = LocalDate.of(2005, 1, 1);
        TimeWindow all = TimeWindow.of(first, first.plusYears(YEARS));
        List<ConferenceKind> lanes = List.of(ConferenceKind.values());
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) sink += once(conferences, all, lanes);
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            sink += once(conferences, all, lanes);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        if (sink < 0) throw new IllegalStateException("unreachable");
        Arrays.sort(ms);
        return Math.round(ms[RUNS / 2] * 100) / 100.0;
    }

    private static long once(List<Conference> conferences, TimeWindow window, List<ConferenceKind> lanes) {
        TimelineLayout layout = new TimelineLayout(conferences);
        return layout.place(window, WIDTH, lanes).size() + Ticks.ticks(window, WIDTH).size();
    }

    /** Random dates over 20 years: most known to the day, some only to the month or the year. */
    static List<Conference> conferences(Random random) {
        List<Conference> out = new ArrayList<>(CONFERENCES);
        ConferenceKind[] kinds = ConferenceKind.values();
        for (int i = 0; i < CONFERENCES; i++) {
            LocalDate d = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(YEARS * 365));
            int p = random.nextInt(10);
            PartialDate date = p == 0 ? PartialDate.ofYear(d.getYear())
                    : p == 1 ? PartialDate.ofMonth(d.getYear(), d.getMonthValue())
                    : PartialDate.ofDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            out.add(new Conference(i + 1, "Conference " + (i + 1), date, kinds[random.nextInt(kinds.length)], List.of((long) i + 1)));
        }
        return out;
    }
}
