package io.github.quanze.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * Copies the collections callers give, so that a null collection or a null element fails at the edge of the API
 * with a {@link NullPointerException} naming the argument, not later inside the library.
 */
public final class Lists {

    private Lists() {}

    /**
     * Copies a collection into an immutable list, in its iteration order.
     *
     * @param <T>  the type of the elements
     * @param name  the argument's name, for the message, such as "provisions"
     * @param values  the collection
     * @return the copy, not null
     * @throws NullPointerException if the collection or one of its elements is null; the message names the argument
     *         and, for an element, its index
     */
    @SuppressWarnings("unchecked")
    public static <T> ImmutableList<T> copyOf(String name, Collection<? extends T> values) {
        if (values == null) {
            throw new NullPointerException(name);
        }
        if (values instanceof ImmutableList) {
            // holds no null and cannot change: the list itself is its copy, as ImmutableList.copyOf would return it
            return (ImmutableList<T>) values;
        }
        ImmutableList.Builder<T> copy = ImmutableList.builderWithExpectedSize(values.size());
        int i = 0;
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(name + "[" + i + "] must not be null");
            }
            copy.add(value);
            i++;
        }
        return copy.build();
    }

    /**
     * Copies a collection into an immutable list sorted by the natural order of its elements.
     *
     * @param <T>  the type of the elements
     * @param name  the argument's name, for the message
     * @param values  the collection
     * @return the sorted copy, not null
     * @throws NullPointerException as {@link #copyOf}
     */
    public static <T extends Comparable<? super T>> ImmutableList<T> sortedCopyOf(String name,
            Collection<? extends T> values) {
        return ImmutableList.sortedCopyOf(Comparator.naturalOrder(), copyOf(name, values));
    }

    /**
     * Adds elements to a builder's collection, all or none: a null element leaves the collection unchanged.
     *
     * @param <T>  the type of the elements
     * @param name  the attribute's name, for the message, such as "provisions"
     * @param target  the builder's collection, not null
     * @param elements  the elements to add, in order
     * @throws NullPointerException if the elements or one of them is null; the message is the attribute's name, or
     *         the name followed by " element"
     */
    public static <T> void addEach(String name, Collection<? super T> target, Iterable<? extends T> elements) {
        if (elements == null) {
            throw new NullPointerException(name);
        }
        List<T> added = new ArrayList<>();
        for (T element : elements) {
            if (element == null) {
                throw new NullPointerException(name + " element");
            }
            added.add(element);
        }
        target.addAll(added);
    }

    /**
     * Adds elements to a builder's collection, as {@link #addEach(String, Collection, Iterable)}.
     *
     * @param <T>  the type of the elements
     * @param name  the attribute's name, for the message
     * @param target  the builder's collection, not null
     * @param elements  the elements to add, in order
     * @throws NullPointerException if the array or one of its elements is null
     */
    @SafeVarargs
    public static <T> void addEach(String name, Collection<? super T> target, T... elements) {
        if (elements == null) {
            throw new NullPointerException(name);
        }
        for (T element : elements) {
            if (element == null) {
                throw new NullPointerException(name + " element");
            }
        }
        for (T element : elements) {
            target.add(element);
        }
    }

    /**
     * Checks that no two elements of a list are equal, as {@code list.stream().distinct().count() == list.size()}
     * does, without a stream for the short lists that are checked for every value built (a step's officers).
     *
     * @param list  the list, not null, without nulls
     * @return true if no element is equal to another
     */
    public static boolean isDistinct(List<?> list) {
        int size = list.size();
        if (size > 8) {
            return new HashSet<>(list).size() == size;
        }
        for (int i = 1; i < size; i++) {
            Object element = list.get(i);
            for (int j = 0; j < i; j++) {
                if (element.equals(list.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }
}
