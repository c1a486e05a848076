package org.newsevents.cli.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time this JVM used (all threads), to tell apart "the pipeline costs more CPU per article"
 * from "the pipeline got less CPU" when it is slower than bare extraction. The broker and registry
 * are other processes and are not included.
 */
public final class ProcessCpu {
    private ProcessCpu() {
    }

    /** Nanoseconds of CPU used by this JVM so far, or -1 when the platform does not say. */
    public static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU milliseconds per article between two readings, or -1 when unknown. */
    public static double msPerArticle(long before, long after, int articles) {
        return before < 0 || after < 0 ? -1 : (after - before) / 1e6 / articles;
    }
}
