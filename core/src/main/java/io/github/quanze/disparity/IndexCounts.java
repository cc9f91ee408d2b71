package io.github.quanze.disparity;

/**
 * Counts by number (按编号计数): the cases of a group by agency or officer number ({@link Names}), in one
 * open-addressed array that holds each number beside its count, so that counting a case touches one slot (one
 * cache line) instead of a map's table, entry and boxed count spread over the heap. A count fits an int: an analysis
 * holds fewer than 2^31 cases. Not thread-safe.
 */
final class IndexCounts {

    /** Receives a number and its count. */
    interface Consumer {
        void accept(int number, int count);
    }

    /** Pairs of (number + 1, count); number + 1 is 0 in a free slot. */
    private int[] slots = new int[8];
    private int size;

    /** Adds n to the count of a number. */
    void add(int number, int n) {
        int key = number + 1;
        int mask = slots.length / 2 - 1;
        int i = (key * 0x9E3779B9 >>> 16) & mask;
        while (slots[2 * i] != 0) {
            if (slots[2 * i] == key) {
                slots[2 * i + 1] += n;
                return;
            }
            i = (i + 1) & mask;
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = n;
        if (++size * 4 > slots.length) { // more than half the slots used
            grow();
        }
    }

    /** Calls the consumer with each number and its count, in no particular order. */
    void forEach(Consumer consumer) {
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != 0) {
                consumer.accept(slots[i] - 1, slots[i + 1]);
            }
        }
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                add(old[i] - 1, old[i + 1]);
            }
        }
    }
}
