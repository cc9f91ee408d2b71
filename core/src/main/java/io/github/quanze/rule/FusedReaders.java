package io.github.quanze.rule;

import static java.lang.invoke.MethodType.methodType;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Defines the reader of a compiled table (融合读取器的生成): a hidden class from {@link FusedTemplate}, whose class data
 * holds, for each column, a method handle that applies the schema's accessor and maps the value to its atom. Where
 * that cannot be done (more columns than the template has slots, or a runtime that does not define hidden classes),
 * the table reads its columns one by one ({@link ColumnReader}), with the same results and messages.
 */
final class FusedReaders {

    /** The most columns {@link FusedTemplate} reads. */
    static final int SLOTS = 16;

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
    private static final MethodHandle APPLY;
    private static final MethodHandle TEST;
    private static final MethodHandle APPLY_INT;
    private static final MethodHandle APPLY_LONG;
    private static final MethodHandle ORDINAL;
    private static final MethodHandle BIT;
    private static final MethodHandle INT_ATOM;
    private static final MethodHandle LONG_ATOM;
    private static final MethodHandle STRING_ATOM;
    /** The template's bytes, read once; null if they cannot be read. */
    private static final byte[] TEMPLATE = template();

    static {
        try {
            APPLY = LOOKUP.findVirtual(Function.class, "apply", methodType(Object.class, Object.class));
            TEST = LOOKUP.findVirtual(Predicate.class, "test", methodType(boolean.class, Object.class));
            APPLY_INT = LOOKUP.findVirtual(ToIntFunction.class, "applyAsInt", methodType(int.class, Object.class));
            APPLY_LONG = LOOKUP.findVirtual(ToLongFunction.class, "applyAsLong",
                    methodType(long.class, Object.class));
            ORDINAL = LOOKUP.findStatic(FusedReaders.class, "ordinal", methodType(int.class, Object.class,
                    Object.class, ColumnReader.class));
            BIT = LOOKUP.findStatic(FusedReaders.class, "bit", methodType(int.class, boolean.class));
            INT_ATOM = LOOKUP.findStatic(FusedReaders.class, "intAtom", methodType(int.class, int.class, int.class,
                    int.class, int[].class, long[].class, ColumnReader.class));
            LONG_ATOM = LOOKUP.findStatic(FusedReaders.class, "longAtom", methodType(int.class, long.class,
                    long.class, long.class, long[].class, ColumnReader.class));
            STRING_ATOM = LOOKUP.findStatic(FusedReaders.class, "stringAtom", methodType(int.class, Object.class,
                    Object.class, Map.class, ColumnReader.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private FusedReaders() {}

    private static byte[] template() {
        try (InputStream in = FusedReaders.class.getResourceAsStream("FusedTemplate.class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Defines the reader of a table.
     *
     * @return the reader, or null if the table reads its columns one by one
     */
    static FusedReader create(List<? extends ColumnReader<?>> readers, TableIndex index) {
        if (TEMPLATE == null || readers.size() > SLOTS) {
            return null;
        }
        MethodHandle[] atoms = new MethodHandle[readers.size()];
        long[][] masks = new long[readers.size()][];
        for (int c = 0; c < atoms.length; c++) {
            atoms[c] = atom(readers.get(c));
            masks[c] = new long[index.radix[c] * index.words];
            for (int a = 0; a < index.radix[c]; a++) {
                System.arraycopy(index.masks[c][a], 0, masks[c], a * index.words, index.words);
            }
        }
        FusedData data = new FusedData(atoms, index.radix.clone(), masks, index.words);
        try {
            Class<?> reader = LOOKUP.defineHiddenClassWithClassData(TEMPLATE, data, true).lookupClass();
            return (FusedReader) LOOKUP.findConstructor(reader, methodType(void.class)).invoke();
        } catch (Throwable cannotDefine) {
            // a runtime that cannot define the class reads the columns one by one, with the same results
            return null;
        }
    }

    /** A handle {@code (Object facts) int} that reads one column's atom as its reader does. */
    private static MethodHandle atom(ColumnReader<?> reader) {
        FactSchema.Accessor<?> accessor = reader.accessor;
        Column column = reader.column;
        MethodHandle atom;
        switch (column.kind()) {
            case ENUM:
                atom = withFacts(APPLY.bindTo(accessor.object()), MethodHandles.insertArguments(ORDINAL, 2, reader));
                break;
            case BOOLEAN:
                atom = MethodHandles.filterReturnValue(TEST.bindTo(accessor.bool()), BIT);
                break;
            case INT:
                ColumnReader.Ints<?> ints = (ColumnReader.Ints<?>) reader;
                atom = MethodHandles.filterReturnValue(APPLY_INT.bindTo(accessor.whole()), MethodHandles
                        .insertArguments(INT_ATOM, 1, ints.min, ints.max, ints.atoms, reader.index.starts[reader.c],
                                reader));
                break;
            case LONG:
                atom = MethodHandles.filterReturnValue(APPLY_LONG.bindTo(accessor.wide()), MethodHandles
                        .insertArguments(LONG_ATOM, 1, column.min(), column.max(), reader.index.starts[reader.c],
                                reader));
                break;
            default:
                Map<String, Integer> values = new HashMap<>();
                for (int i = 0; i < column.values().size(); i++) {
                    values.put((String) column.values().get(i), i);
                }
                atom = withFacts(APPLY.bindTo(accessor.object()), MethodHandles.insertArguments(STRING_ATOM, 2,
                        values, reader));
        }
        return atom.asType(methodType(int.class, Object.class));
    }

    /** {@code (facts) -> check(read(facts), facts)}: a check that names the facts when it fails. */
    private static MethodHandle withFacts(MethodHandle read, MethodHandle check) {
        MethodHandle both = MethodHandles.filterArguments(check, 0, read);
        return MethodHandles.permuteArguments(both, methodType(int.class, Object.class), 0, 0);
    }

    private static int ordinal(Object value, Object facts, ColumnReader<?> reader) {
        if (value == null) {
            throw reader.readNull(facts);
        }
        return ((Enum<?>) value).ordinal();
    }

    private static int bit(boolean value) {
        return value ? 1 : 0;
    }

    private static int intAtom(int value, int min, int max, int[] atoms, long[] starts, ColumnReader<?> reader) {
        if (value < min || value > max) {
            throw reader.outside(value);
        }
        return atoms != null ? atoms[value - min] : TableIndex.atomOf(starts, value);
    }

    private static int longAtom(long value, long min, long max, long[] starts, ColumnReader<?> reader) {
        if (value < min || value > max) {
            throw reader.outside(value);
        }
        return TableIndex.atomOf(starts, value);
    }

    private static int stringAtom(Object value, Object facts, Map<String, Integer> atoms, ColumnReader<?> reader) {
        if (value == null) {
            throw reader.readNull(facts);
        }
        Integer atom = atoms.get(value);
        if (atom == null) {
            throw reader.undeclared((String) value);
        }
        return atom;
    }
}
