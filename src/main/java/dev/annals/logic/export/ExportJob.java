package dev.annals.logic.export;

import java.time.Instant;

/** Everything a format writer needs for one export. */
record ExportJob(ExportOptions options, ExportData data, ExportCounts counts, StableIds ids, ReportLabels labels,
                 Instant now, Tracker tracker) {

    /** Counts written rows, reports progress now and then, and stops the export when the user cancels. */
    static final class Tracker {
        private static final int EVERY = 1000;
        private final ExportListener listener;
        private final long total;
        private long done;
        private long skipped;

        Tracker(ExportListener listener, long total) {
            this.listener = listener;
            this.total = total;
        }

        void advance() {
            done++;
            if (done % EVERY == 0) {
                if (listener.cancelled()) throw new ExportCancelledException();
                listener.progress(done, total < 0 ? 0 : total);
            }
        }

        /** An annotation the format cannot carry (an orphan in REFI-QDA). */
        void skip() {
            skipped++;
        }

        long skipped() {
            return skipped;
        }

        long done() {
            return done;
        }

        void finish() {
            if (listener.cancelled()) throw new ExportCancelledException();
            listener.progress(done, total < 0 ? done : total);
        }
    }
}
