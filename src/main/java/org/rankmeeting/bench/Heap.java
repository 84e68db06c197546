package org.rankmeeting.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Heap figures the benchmarks report. */
public final class Heap {

    private Heap() {
    }

    /** "peak heap 335 MiB (max 4,096 MiB)": the peak use of all heap pools since the JVM started. */
    public static String peakLine() {
        return String.format("peak heap %,d MiB (max %,d MiB)", peakMiB(), Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The peak use of all heap pools since the JVM started, in MiB. */
    public static long peakMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
