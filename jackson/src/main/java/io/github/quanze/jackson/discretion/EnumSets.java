package io.github.quanze.jackson.discretion;

import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Schemas;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * A set of enum constants, written as the list of their names in declared order; a name listed twice is refused,
 * since a set holds it once and the document would not read back as written.
 */
public final class EnumSets {

    private EnumSets() {
    }

    /**
     * Returns the codec of a set of constants of {@code type}.
     *
     * @param <E>  the enum type
     * @param type  the enum class, not null
     * @return the codec, not null
     */
    public static <E extends Enum<E>> Codec<Set<E>> of(Class<E> type) {
        Codec<List<E>> list = Codecs.listOf(Codecs.enumOf(type));
        Codec<Set<E>> set = list.map(l -> toSet(type, l), s -> s.stream().sorted().toList());
        return new Codec<>() {
            @Override
            public Set<E> read(Input in) {
                return set.read(in);
            }

            @Override
            public void write(Set<E> value, Output out) {
                set.write(value, out);
            }

            @Override
            public ObjectNode schema(Schemas schemas) {
                return set.schema(schemas).put("uniqueItems", true);
            }
        };
    }

    private static <E extends Enum<E>> Set<E> toSet(Class<E> type, List<E> list) {
        Set<E> set = EnumSet.noneOf(type);
        for (E e : list) {
            if (!set.add(e)) {
                throw new IllegalArgumentException(e.name() + " is listed twice; each is listed once");
            }
        }
        return set;
    }
}
