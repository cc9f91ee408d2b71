package io.github.quanze.testkit.text;

import io.github.quanze.organization.Certification;
import io.github.quanze.organization.CertificationOutcome;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import io.github.quanze.text.ParameterSchema;
import io.github.quanze.text.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries of finding parameters (参数) and the lines they hold: what a check of one kind of finding could put,
 * drawn by the types its {@link ParameterSchema} declares, so that a property renders every kind of finding of a
 * package from random data.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TextArbitraries {

    private TextArbitraries() {}

    /**
     * Returns parameters that fit a schema: each required one, drawn by its type; a list parameter's elements come
     * from the arbitrary given for its name, up to eight of them.
     *
     * @param schema  the schema, not null
     * @param listElements  the arbitrary of the elements of each list parameter, by name, not null
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if a list parameter has no arbitrary, or a parameter has a type with none
     */
    public static Arbitrary<Parameters> parameters(ParameterSchema schema, Map<String, Arbitrary<?>> listElements) {
        Arbitrary<List<Object>> values = Arbitraries.just(List.of());
        for (Map.Entry<String, Class<?>> entry : schema.required().entrySet()) {
            Arbitrary<?> value = entry.getValue() == List.class
                    ? elements(entry.getKey(), listElements).list().ofMaxSize(8) : value(entry.getValue());
            values = Combinators.combine(values, value).as((drawn, v) -> {
                List<Object> more = new ArrayList<>(drawn);
                more.add(v);
                return more;
            });
        }
        List<String> names = List.copyOf(schema.required().keySet());
        return values.map(drawn -> {
            Parameters.Builder b = Parameters.builder();
            for (int i = 0; i < names.size(); i++) {
                put(b, names.get(i), drawn.get(i));
            }
            return b.build();
        });
    }

    /**
     * Returns non-blank lines of Latin or Chinese letters, as names, areas and ids are; up to 12 characters.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> lines() {
        return Arbitraries.strings().withChars("ABCXYZ-0123456789烟草专卖稽查岗局").ofMinLength(1).ofMaxLength(12);
    }

    /**
     * Returns non-blank lines of ASCII letters and digits, as names, areas and ids are when user data is English.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<String> asciiLines() {
        return Arbitraries.strings().withChars("ABCXYZ-0123456789").ofMinLength(1).ofMaxLength(12);
    }

    /**
     * Returns certification answers (执法资格查询结果) of random officers, areas, days and outcomes.
     *
     * @return the arbitrary, not null
     */
    public static Arbitrary<Certification> certifications() {
        return Combinators.combine(Arbitraries.integers().between(1, 99), lines(), dates(),
                Arbitraries.of(CertificationOutcome.class), lines().optional())
                .as((n, area, date, outcome, number) -> new Certification(OfficerId.of("O-" + n), area, date, outcome,
                        number));
    }

    private static Arbitrary<?> elements(String name, Map<String, Arbitrary<?>> listElements) {
        Arbitrary<?> elements = listElements.get(name);
        if (elements == null) {
            throw new IllegalArgumentException("No arbitrary for the elements of list parameter " + name);
        }
        return elements;
    }

    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Arbitrary<?> value(Class<?> type) {
        if (type == String.class) {
            return lines();
        }
        if (type == Long.class) {
            return Arbitraries.longs().between(0, 1_000_000);
        }
        if (type == BigDecimal.class) {
            return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(1_000_000)).ofScale(2);
        }
        if (type == LocalDate.class) {
            return dates();
        }
        if (type == Boolean.class) {
            return Arbitraries.of(true, false);
        }
        if (type == BilingualText.class) {
            return Combinators.combine(lines(), lines()).as(BilingualText::of);
        }
        if (type.isEnum()) {
            return Arbitraries.of((Class<Enum>) type);
        }
        throw new IllegalArgumentException("No arbitrary for parameters of type " + type.getName());
    }

    private static void put(Parameters.Builder b, String name, Object value) {
        if (value instanceof List<?> list) {
            b.put(name, new ArrayList<>(list));
        } else if (value instanceof String text) {
            b.put(name, text);
        } else if (value instanceof Long number) {
            b.put(name, (long) number);
        } else if (value instanceof BigDecimal amount) {
            b.put(name, amount);
        } else if (value instanceof LocalDate date) {
            b.put(name, date);
        } else if (value instanceof Boolean bool) {
            b.put(name, (boolean) bool);
        } else if (value instanceof BilingualText text) {
            b.put(name, text);
        } else if (value instanceof Labelled labelled) {
            b.put(name, labelled);
        } else {
            b.putConstant(name, (Enum<?>) value);
        }
    }
}
