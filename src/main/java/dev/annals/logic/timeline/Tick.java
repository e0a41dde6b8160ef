package dev.annals.logic.timeline;

import java.time.LocalDate;

/** A tick on the time axis at the first day of a year, quarter or month; {@code major} ticks start a year. */
public record Tick(LocalDate date, double x, TickUnit unit, boolean major) {
}
