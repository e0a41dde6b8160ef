package dev.annals.logic.annotate;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Which annotations are starter examples. A deleted annotation is no longer marked. Implemented by persistence. */
public interface ExampleMarks {

    void mark(Collection<Long> annotationIds);

    /** The ids of the example annotations that exist. */
    Set<Long> ids();

    /** Marks kept in memory, for libraries without a store of their own (tests, the bench). */
    static ExampleMarks inMemory() {
        Set<Long> marked = new LinkedHashSet<>();
        return new ExampleMarks() {
            @Override
            public synchronized void mark(Collection<Long> annotationIds) { marked.addAll(annotationIds); }

            @Override
            public synchronized Set<Long> ids() { return Set.copyOf(marked); }
        };
    }
}
