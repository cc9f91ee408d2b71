package io.github.quanze.disparity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agencies or the officers an analysis has seen, each numbered once (名称编号), so that a group counts its cases
 * by number ({@link IndexCounts}) rather than by name. Numbers are given in the order names are first seen; reports
 * sort by name, never by number. Not thread-safe.
 */
final class Names {

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** Returns the number of a name, numbering it if it is new. */
    int number(String name) {
        Integer number = numbers.get(name);
        if (number == null) {
            number = names.size();
            numbers.put(name, number);
            names.add(name);
        }
        return number;
    }

    String name(int number) {
        return names.get(number);
    }

    int size() {
        return names.size();
    }

    /** The numbers in this set of the names of another, by the other's number. */
    int[] numbersOf(Names other) {
        int[] numbers = new int[other.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = number(other.name(i));
        }
        return numbers;
    }
}
