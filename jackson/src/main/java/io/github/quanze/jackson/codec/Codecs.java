package io.github.quanze.jackson.codec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The codecs of plain values (基本值): text, numbers, truth values, dates and enumerations.
 * <p>
 * Reading is strict: a number is not read as text, a string is not read as a number, a fraction is not read as a
 * whole number, and an enumeration's value must be one of its constant names.
 */
public final class Codecs {

    /** 文本 Any string. */
    public static final Codec<String> STRING = new Scalar<>("string", JsonToken.VALUE_STRING, "a string") {
        @Override
        String decode(Input in) {
            return in.parser().getString();
        }

        @Override
        public void write(String value, Output out) {
            out.generator().writeString(value);
        }
    };

    /** 整数 A whole number that fits in an {@code int}. */
    public static final Codec<Integer> INT = integer(Integer.MIN_VALUE, Integer.MAX_VALUE);

    /** 长整数 A whole number that fits in a {@code long}. */
    public static final Codec<Long> LONG = new Scalar<>("integer", JsonToken.VALUE_NUMBER_INT, "a whole number") {
        @Override
        Long decode(Input in) {
            if (in.parser().getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                throw in.error("must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
            }
            return in.parser().getLongValue();
        }

        @Override
        public void write(Long value, Output out) {
            out.generator().writeNumber(value);
        }
    };

    private static final int DECIMAL_DIGITS = 30;
    private static final int DECIMAL_PLACES = 20;
    private static final String DECIMAL_RULE = "must be a number of at most " + DECIMAL_DIGITS + " digits and "
            + DECIMAL_PLACES + " decimal places";

    /**
     * 小数 A decimal number, such as an amount in yuan; written without exponent. A number of more than 30 digits or
     * more than 20 decimal places (trailing zeros aside) is refused, however it is written.
     */
    public static final Codec<BigDecimal> DECIMAL = new Scalar<>("number", null, "a number") {
        @Override
        BigDecimal decode(Input in) {
            JsonToken t = in.token();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw in.error("must be a number");
            }
            if (in.parser().isNaN()) {
                throw in.error("must be a finite number");
            }
            BigDecimal value;
            try {
                value = in.parser().getDecimalValue();
            } catch (ArithmeticException | NumberFormatException e) {
                throw in.error(DECIMAL_RULE);
            }
            // a sane bound, so that an exponent such as 1e2147483647 never reaches arithmetic that overflows
            BigDecimal plain = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            long decimals = Math.max(plain.scale(), 0);
            long digits = Math.max((long) plain.precision() - plain.scale(), 0) + decimals;
            if (decimals > DECIMAL_PLACES || digits > DECIMAL_DIGITS) {
                throw in.error(DECIMAL_RULE);
            }
            return value;
        }

        @Override
        public void write(BigDecimal value, Output out) {
            out.generator().writeNumber(value.toPlainString());
        }
    };

    /** 真假值 {@code true} or {@code false}. */
    public static final Codec<Boolean> BOOLEAN = new Scalar<>("boolean", null, "true or false") {
        @Override
        Boolean decode(Input in) {
            JsonToken t = in.token();
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                throw in.error("must be true or false");
            }
            return t == JsonToken.VALUE_TRUE;
        }

        @Override
        public void write(Boolean value, Output out) {
            out.generator().writeBoolean(value);
        }
    };

    /** 日期 A calendar day written as in ISO 8601, such as {@code 2021-07-15}. */
    public static final Codec<LocalDate> DATE = new Scalar<>("string", JsonToken.VALUE_STRING, "a date") {
        @Override
        LocalDate decode(Input in) {
            String text = in.parser().getString();
            LocalDate day = isoDay(text);
            if (day != null) {
                return day;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw in.error("must be a date written YYYY-MM-DD, such as 2021-07-15");
            }
        }

        @Override
        public void write(LocalDate value, Output out) {
            out.generator().writeString(value.toString());
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return super.schema(schemas).put("format", "date");
        }
    };

    private Codecs() {
    }

    /**
     * Returns a codec of whole numbers from {@code min} to {@code max}.
     *
     * @param min  the least value
     * @param max  the greatest value
     * @return the codec, not null
     */
    public static Codec<Integer> integer(int min, int max) {
        return new Scalar<>("integer", JsonToken.VALUE_NUMBER_INT, "a whole number") {
            @Override
            Integer decode(Input in) {
                JsonParser p = in.parser();
                if (p.getNumberType() != JsonParser.NumberType.INT
                        || p.getIntValue() < min || p.getIntValue() > max) {
                    throw in.error("must be a whole number from " + min + " to " + max);
                }
                return p.getIntValue();
            }

            @Override
            public void write(Integer value, Output out) {
                out.generator().writeNumber(value);
            }

            @Override
            public ObjectNode schema(Schemas schemas) {
                ObjectNode s = super.schema(schemas);
                if (min != Integer.MIN_VALUE) {
                    s.put("minimum", min);
                }
                if (max != Integer.MAX_VALUE) {
                    s.put("maximum", max);
                }
                return s;
            }
        };
    }

    /**
     * Returns a codec of an enumeration, written as the constant's name.
     *
     * @param type  the enumeration, not null
     * @param <E>  the enumeration
     * @return the codec, not null
     */
    public static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
        return enumOf(type, EnumSet.allOf(type));
    }

    /**
     * Returns a codec of some constants of an enumeration, written as the constant's name.
     *
     * @param type  the enumeration, not null
     * @param allowed  the constants a document may hold, not null
     * @param <E>  the enumeration
     * @return the codec, not null
     */
    public static <E extends Enum<E>> Codec<E> enumOf(Class<E> type, EnumSet<E> allowed) {
        Objects.requireNonNull(type, "type");
        List<E> values = List.copyOf(allowed);
        String names = values.stream().map(Enum::name).collect(Collectors.joining(", "));
        Map<String, E> byName = values.stream().collect(Collectors.toUnmodifiableMap(Enum::name, e -> e));
        return new Scalar<>("string", JsonToken.VALUE_STRING, "one of " + names) {
            @Override
            E decode(Input in) {
                E e = byName.get(in.parser().getString());
                if (e == null) {
                    throw in.error("unknown value; expected one of " + names);
                }
                return e;
            }

            @Override
            public void write(E value, Output out) {
                out.generator().writeString(value.name());
            }

            @Override
            public ObjectNode schema(Schemas schemas) {
                ObjectNode s = schemas.object();
                ArrayNode e = s.putArray("enum");
                values.forEach(v -> e.add(v.name()));
                return s;
            }
        };
    }

    /**
     * Returns a codec that reads only {@code value} and writes it; any other value is refused as the wrong
     * {@code what}.
     *
     * @param value  the one value, a string or an integer, not null
     * @param what  what the value is, such as "document kind", not null
     * @param <V>  the type of the value
     * @return the codec, not null
     */
    static <V> Codec<V> constant(V value, String what) {
        Codec<?> base = value instanceof Integer ? INT : STRING;
        return new Codec<>() {
            @Override
            public V read(Input in) {
                Object read = base.read(in);
                if (!value.equals(read)) {
                    throw in.error("wrong " + what + "; this reader reads " + value);
                }
                return value;
            }

            @Override
            public void write(V v, Output out) {
                if (value instanceof Integer i) {
                    out.generator().writeNumber(i);
                } else {
                    out.generator().writeString(value.toString());
                }
            }

            @Override
            public ObjectNode schema(Schemas schemas) {
                ObjectNode s = schemas.object();
                return value instanceof Integer i ? s.put("const", i) : s.put("const", value.toString());
            }
        };
    }

    /**
     * Returns a codec of a list whose elements are written with {@code element}.
     *
     * @param element  the codec of one element, not null
     * @param <V>  the type of an element
     * @return the codec, not null
     */
    public static <V> Codec<List<V>> listOf(Codec<V> element) {
        Objects.requireNonNull(element, "element");
        return new Codec<>() {
            @Override
            public List<V> read(Input in) {
                if (in.token() != JsonToken.START_ARRAY) {
                    throw in.error("must be a list");
                }
                List<V> values = new java.util.ArrayList<>();
                while (in.next() != JsonToken.END_ARRAY) {
                    values.add(element.read(in));
                }
                return List.copyOf(values);
            }

            @Override
            public void write(List<V> value, Output out) {
                out.generator().writeStartArray();
                for (V v : value) {
                    element.write(v, out);
                }
                out.generator().writeEndArray();
            }

            @Override
            public ObjectNode schema(Schemas schemas) {
                ObjectNode s = schemas.object().put("type", "array");
                s.set("items", element.schema(schemas));
                return s;
            }

            @Override
            public boolean readable() {
                return element.readable();
            }
        };
    }

    /**
     * Reads the usual form of a day, {@code YYYY-MM-DD} with a four-digit year, without the general parser of
     * {@link LocalDate#parse}, whose parse context costs more than the rest of reading a date; any other text, and a
     * day that does not exist, is left to {@code LocalDate.parse}, which reads the same days and refuses the rest.
     *
     * @param text  the text, not null
     * @return the day, null if the text is not a valid day in the usual form
     */
    static LocalDate isoDay(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > Month.of(month).length(
                Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** The number written in ASCII digits from {@code from} to {@code to}, or -1 if a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /**
     * Returns the message of an exception that refused a value, for the rule of an error.
     *
     * @param e  the exception, not null
     * @return the message, not null
     */
    public static String messageOf(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** A value read from one scalar token. */
    private abstract static class Scalar<T> implements Codec<T> {

        private final String type;
        private final JsonToken token;
        private final String what;

        Scalar(String type, JsonToken token, String what) {
            this.type = type;
            this.token = token;
            this.what = what;
        }

        abstract T decode(Input in);

        @Override
        public final T read(Input in) {
            if (token != null && in.token() != token) {
                throw in.error("must be " + what);
            }
            return decode(in);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return schemas.object().put("type", type);
        }

        @Override
        public String toString() {
            return Arrays.asList(type, what).toString();
        }
    }
}
