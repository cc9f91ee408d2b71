package io.github.quanze.internal;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;

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
}
