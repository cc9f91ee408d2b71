package io.github.quanze.rule;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The resolutions a table has worked out (已解析的命中集合), by the set of rows the facts matched: which rows an
 * exception removes, which fire under the hit policy, and the combined outcome. A resolution depends on the set of
 * matching rows only, and an aggregation is pure, so each distinct set is resolved once; a table without its
 * decision cache still reads the facts and matches the rows on every call.
 * <p>
 * At most {@value #LIMIT} sets are kept; beyond them a set is resolved on every call. The table is lock-free:
 * threads racing to keep one set keep equal resolutions.
 */
final class Resolutions<O> {

    /** The most sets of matching rows kept. */
    static final int LIMIT = 4096;

    private static final int SLOTS = LIMIT * 2;

    /** The slots, made on the first set kept: a table decided only through its cache never needs them. */
    private volatile AtomicReferenceArray<Entry<O>> slots;
    private final AtomicInteger size = new AtomicInteger();

    /** A set of matching rows and its resolution, a decision without version or failures. */
    private record Entry<O>(long[] matched, Decision<O> resolved) {}

    /** Returns the resolution of a set of matching rows, or null if it is not kept. */
    Decision<O> get(long[] matched) {
        AtomicReferenceArray<Entry<O>> slots = this.slots;
        if (slots == null) {
            return null;
        }
        int slot = hash(matched) & (SLOTS - 1);
        for (int probe = 0; probe < SLOTS; probe++) {
            Entry<O> entry = slots.get(slot);
            if (entry == null) {
                return null;
            }
            if (same(entry.matched, matched)) {
                return entry.resolved;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
        return null;
    }

    /** Keeps the resolution of a set of matching rows, unless {@value #LIMIT} sets are kept already. */
    void put(long[] matched, Decision<O> resolved) {
        if (size.get() >= LIMIT) {
            return;
        }
        AtomicReferenceArray<Entry<O>> slots = slots();
        Entry<O> entry = new Entry<>(matched.clone(), resolved);
        int slot = hash(matched) & (SLOTS - 1);
        for (int probe = 0; probe < SLOTS; probe++) {
            Entry<O> current = slots.get(slot);
            if (current == null) {
                if (slots.compareAndSet(slot, null, entry)) {
                    size.incrementAndGet();
                    return;
                }
                current = slots.get(slot);
            }
            if (same(current.matched, matched)) {
                return;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }

    private AtomicReferenceArray<Entry<O>> slots() {
        AtomicReferenceArray<Entry<O>> made = slots;
        if (made == null) {
            synchronized (this) {
                made = slots;
                if (made == null) {
                    made = new AtomicReferenceArray<>(SLOTS);
                    slots = made;
                }
            }
        }
        return made;
    }

    private static int hash(long[] words) {
        long h = 0;
        for (long word : words) {
            h = (h ^ word) * 0x9E3779B97F4A7C15L;
        }
        return (int) (h ^ (h >>> 32));
    }

    private static boolean same(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if (a[w] != b[w]) {
                return false;
            }
        }
        return true;
    }
}
