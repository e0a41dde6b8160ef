package dev.annals.ui.reader;

import dev.annals.model.Span;

/**
 * A place the reader should bring into view: a range to select, or a reading position to scroll back to.
 * Each request is distinct (identity equality) so asking twice for the same range reveals it twice.
 */
public final class RevealRequest {

    private final Span range;
    private final boolean select;

    public RevealRequest(Span range, boolean select) {
        this.range = range;
        this.select = select;
    }

    public Span range() { return range; }

    public boolean select() { return select; }
}
