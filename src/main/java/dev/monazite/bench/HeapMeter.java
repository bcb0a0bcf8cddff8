package dev.monazite.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Heap use of a phase, two ways: the sum of the heap pools' peaks, which counts garbage not yet
 * collected (a throughput collector lets the young generation fill the whole heap before it
 * collects, so this approaches the heap's size whatever the work needs), and the most heap still in
 * use right after a collection, which is what the work kept.
 */
final class HeapMeter {
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private static final AtomicLong AFTER_GC = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        long used = 0;
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
                        for (var e : info.getMemoryUsageAfterGc().entrySet()) {
                            if (HEAP_POOLS.contains(e.getKey())) {
                                used += e.getValue().getUsed();
                            }
                        }
                        AFTER_GC.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    private HeapMeter() {}

    static void reset() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        AFTER_GC.set(0);
    }

    /** Sum of the heap pools' peaks since reset (includes garbage not yet collected). */
    static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage peak = pool.getPeakUsage();
            if (pool.getType() == MemoryType.HEAP && peak != null) {
                sum += peak.getUsed();
            }
        }
        return sum;
    }

    /** The most heap in use right after a collection since reset. */
    static long peakAfterGcBytes() {
        return AFTER_GC.get();
    }

    static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }
}
