package io.github.quanze.disparity;

import java.util.ArrayList;
import java.util.List;

/**
 * The case numbers an analysis holds (已收案号), to refuse a case given twice: an open-addressed table of longs, each
 * a number's hash beside its place in the list of numbers, so that adding a number touches one slot and compares
 * texts only when two hashes are equal. It replaces a {@code HashSet<String>}, whose entry per number is an object
 * of its own. Not thread-safe.
 */
final class CaseNumbers {

    private final List<String> numbers = new ArrayList<>();
    /** (hash << 32) | (place + 1) in each used slot; 0 in a free one. */
    private long[] slots = new long[16];

    /** Adds a number; returns false, changing nothing, if it is held already. */
    boolean add(String number) {
        int hash = number.hashCode();
        int mask = slots.length - 1;
        int i = spread(hash) & mask;
        for (long slot = slots[i]; slot != 0; slot = slots[i]) {
            if ((int) (slot >>> 32) == hash && numbers.get((int) slot - 1).equals(number)) {
                return false;
            }
            i = (i + 1) & mask;
        }
        numbers.add(number);
        slots[i] = (long) hash << 32 | numbers.size();
        if (numbers.size() * 2 > slots.length) {
            grow();
        }
        return true;
    }

    boolean contains(String number) {
        int hash = number.hashCode();
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; slots[i] != 0; i = (i + 1) & mask) {
            if ((int) (slots[i] >>> 32) == hash && numbers.get((int) slots[i] - 1).equals(number)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return numbers.size();
    }

    /** The numbers, in the order added. */
    List<String> numbers() {
        return numbers;
    }

    private static int spread(int hash) {
        return (hash * 0x9E3779B9) ^ (hash * 0x9E3779B9 >>> 16);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long slot : old) {
            if (slot != 0) {
                int i = spread((int) (slot >>> 32)) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
    }
}
