package org.newsevents.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Peak used heap of this JVM since {@link #reset()}: the sum of each heap pool's peak, which can
 * exceed the true simultaneous peak (pools peak at different moments), so it is an upper bound.
 */
public final class HeapPeak {
    public static final String MEASURE = "bench JVM: ingest+extractor+sink, sum of heap pool peaks";

    private HeapPeak() {
    }

    public static void reset() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    public static double peakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    public static double maxMb() {
        return Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
    }
}
