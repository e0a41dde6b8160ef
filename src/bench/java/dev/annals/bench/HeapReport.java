package dev.annals.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** The peak heap this JVM has used, summed over the heap memory pools. */
public final class HeapReport {

    private HeapReport() {
    }

    public static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) bytes += pool.getPeakUsage().getUsed();
        }
        return bytes / (1024 * 1024);
    }
}
